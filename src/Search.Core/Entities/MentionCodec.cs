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
        foreach (var line in encoded.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(',', 5);
            mentions.Add(new EntityMention(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                EntityTypeCodes.Parse(parts[2]),
                parts[3],
                parts[4]));
        }
        return mentions;
    }
}
