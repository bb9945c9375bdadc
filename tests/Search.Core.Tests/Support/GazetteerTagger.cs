using Search.Core.Entities;

namespace Search.Core.Tests.Support;

/// <summary>Tags every occurrence of the given names, longest first, so a test controls exactly what the index holds.</summary>
internal sealed class GazetteerTagger(params (string Name, EntityType Type)[] names) : IEntityTagger
{
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<string> paragraphs) =>
        paragraphs.Select(Tag).ToList();

    private IReadOnlyList<TaggedSpan> Tag(string paragraph)
    {
        var spans = new List<TaggedSpan>();
        foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
        {
            for (var at = paragraph.IndexOf(name, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                if (!spans.Any(s => s.Start < at + name.Length && at < s.End))
                {
                    spans.Add(new TaggedSpan(at, at + name.Length, type));
                }
            }
        }
        return spans.OrderBy(s => s.Start).ToList();
    }
}
