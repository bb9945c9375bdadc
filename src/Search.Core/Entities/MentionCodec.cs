using System.Globalization;
using System.Text;

namespace Search.Core.Entities;

/// <summary>
/// Stores a paragraph's mentions compactly in one stored field: `start,end,TYPE,entity key,form` per line.
/// Keys and forms never hold a newline (paragraphs are single lines); forms may hold commas, so they come last.
/// </summary>
public static class MentionCodec
{
    public static string Encode(IReadOnlyList<EntityMention> mentions)
    {
        if (mentions.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder();
        foreach (var m in mentions)
        {
            builder.Append(m.Start).Append(',').Append(m.End).Append(',').Append(EntityTypeCodes.Of(m.Type))
                .Append(',').Append(m.EntityKey).Append(',').Append(m.Form).Append('\n');
        }
        return builder.ToString();
    }

    public static List<EntityMention> Decode(string? encoded)
    {
        var mentions = new List<EntityMention>();
        if (string.IsNullOrEmpty(encoded))
        {
            return mentions;
        }
        // Read in place: only the key and the form become strings (every hit of every search decodes its
        // paragraph's mentions, and splitting made a string per line and per field, and two arrays).
        var rest = encoded.AsSpan();
        while (!rest.IsEmpty)
        {
            var lineEnd = rest.IndexOf('\n');
            var line = lineEnd < 0 ? rest : rest[..lineEnd];
            rest = lineEnd < 0 ? [] : rest[(lineEnd + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }
            var start = int.Parse(NextField(ref line), CultureInfo.InvariantCulture);
            var end = int.Parse(NextField(ref line), CultureInfo.InvariantCulture);
            var type = EntityTypeCodes.Parse(NextField(ref line));
            var key = NextField(ref line).ToString();
            mentions.Add(new EntityMention(start, end, type, key, line.ToString()));
        }
        return mentions;
    }

    // The text before the next comma, leaving the rest of the line after it; the last field (the form) may hold commas.
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        if (comma < 0)
        {
            throw new FormatException("a stored mention has too few fields");
        }
        var field = line[..comma];
        line = line[(comma + 1)..];
        return field;
    }
}
