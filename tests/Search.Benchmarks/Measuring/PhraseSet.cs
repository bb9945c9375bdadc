using System.Text.Json;

namespace Search.Benchmarks.Measuring;

/// <summary>One sampled phrase and the number of paragraphs it truly occurs in.</summary>
internal sealed record SampledPhrase(string Phrase, long Count);

/// <summary>The reference phrases file: `{"units": N, "phrases": [{"phrase", "count", "units"}]}`.</summary>
internal sealed record PhraseSet(long Units, IReadOnlyList<SampledPhrase> Phrases)
{
    public static PhraseSet Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var phrases = root.GetProperty("phrases").EnumerateArray()
            .Select(p => new SampledPhrase(p.GetProperty("phrase").GetString()!, p.GetProperty("count").GetInt64()))
            .ToList();
        return new PhraseSet(root.GetProperty("units").GetInt64(), phrases);
    }
}
