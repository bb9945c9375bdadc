using System.Globalization;
using System.Text.Json;

namespace Search.Core.Articles;

/// <summary>Reads `.jsonl` articles: `id`, `title`, `paragraphs` (array) or `body` (text), optional `published`, `url`.</summary>
internal static class JsonLinesArticles
{
    /// <summary>The file's articles, each with where it stands (`name:line`); what cannot be read goes to <paramref name="skipped"/>.</summary>
    public static IEnumerable<(Article Article, string Where)> Read(string name, string text, List<string> skipped)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            Article? article = null;
            try
            {
                article = ParseLine(line);
            }
            catch (JsonException e)
            {
                skipped.Add($"{name}:{lineNumber}: malformed JSON ({e.Message.Split('.')[0]})");
            }
            catch (ArticleFormatException e)
            {
                skipped.Add($"{name}:{lineNumber}: {e.Message}");
            }
            catch (InvalidOperationException)
            {
                // System.Text.Json reads `"\ud800"` as JSON but cannot make a string of half a surrogate pair.
                skipped.Add($"{name}:{lineNumber}: has a string that is not valid Unicode (half a surrogate pair)");
            }
            if (article is not null)
            {
                yield return (article, $"{name}:{lineNumber}");
            }
        }
    }

    private static Article ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArticleFormatException("is not a JSON object");
        }
        var id = RequiredString(root, "id", "has no \"id\"", "has \"id\" that is not a string");
        if (!ArticleIds.IsValidNew(id, out var reason))
        {
            throw new ArticleFormatException($"has an invalid id: {reason}");
        }
        var title = RequiredString(root, "title", $"article '{id}' has no \"title\"", $"article '{id}' has \"title\" that is not a string");
        if (ArticleFields.TitleProblem(title) is { } titleProblem)
        {
            throw new ArticleFormatException($"article '{id}' has a \"title\" that {titleProblem}");
        }
        if (HasValue(root, "paragraphs") && HasValue(root, "body"))
        {
            // Which one was meant is not ours to guess.
            throw new ArticleFormatException($"article '{id}' has both \"paragraphs\" and \"body\"; give one");
        }
        IEnumerable<string> paragraphs;
        if (root.TryGetProperty("paragraphs", out var array) && array.ValueKind != JsonValueKind.Null)
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new ArticleFormatException($"article '{id}' has \"paragraphs\" that is not an array of strings");
            }
            paragraphs = array.EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : throw new ArticleFormatException($"article '{id}' has a paragraph that is not a string"))
                .ToList();
        }
        else
        {
            paragraphs = ArticleParser.Lines(OptionalString(root, "body", id) ?? "");
        }
        var article = ArticleParser.Parse(id, title, paragraphs);
        var published = OptionalString(root, "published", id);
        DateTimeOffset? when = null;
        if (published is not null)
        {
            // A date that does not parse is a mistake to report, not a field to drop without a word.
            when = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new ArticleFormatException($"article '{id}' has \"published\" that is not a date and time (ISO 8601, such as 2024-05-31T09:00:00Z)");
        }
        var url = OptionalString(root, "url", id);
        if (url is not null && ArticleFields.UrlProblem(url) is { } urlProblem)
        {
            throw new ArticleFormatException($"article '{id}' has a \"url\" that {urlProblem}");
        }
        return article with { Published = when, Url = url };
    }

    // Absent or null is no value; any other kind than a string is a mistake.
    private static string? OptionalString(JsonElement root, string property, string id) =>
        !root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new ArticleFormatException($"article '{id}' has \"{property}\" that is not a string");

    private static string RequiredString(JsonElement root, string property, string whenAbsent, string whenNotString) =>
        !root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null ? throw new ArticleFormatException(whenAbsent)
        : value.ValueKind == JsonValueKind.String ? value.GetString()!
        : throw new ArticleFormatException(whenNotString);

    private static bool HasValue(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null;
}
