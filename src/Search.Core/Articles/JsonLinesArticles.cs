using System.Text.Json;

namespace Search.Core.Articles;

/// <summary>Reads `.jsonl` articles: `id`, `title`, `paragraphs` (array) or `body` (text), optional `published`, `url`.</summary>
internal static class JsonLinesArticles
{
    public static IEnumerable<Article> Read(string name, string text, List<string> skipped)
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
            if (article is not null)
            {
                yield return article;
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
        var id = ReadString(root, "id") ?? throw new ArticleFormatException("has no \"id\"");
        if (!ArticleIds.IsValidNew(id, out var reason))
        {
            throw new ArticleFormatException($"has an invalid id: {reason}");
        }
        var title = ReadString(root, "title") ?? throw new ArticleFormatException($"article '{id}' has no \"title\"");
        IEnumerable<string> paragraphs;
        if (root.TryGetProperty("paragraphs", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            paragraphs = array.EnumerateArray()
                .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString()! : throw new ArticleFormatException($"article '{id}' has a paragraph that is not a string"))
                .ToList();
        }
        else
        {
            paragraphs = (ReadString(root, "body") ?? "").Split('\n');
        }
        var article = ArticleParser.Parse(id, title, paragraphs);
        var published = ReadString(root, "published");
        return article with
        {
            Published = published is not null && DateTimeOffset.TryParse(published, out var when) ? when : null,
            Url = ReadString(root, "url"),
        };
    }

    private static string? ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
