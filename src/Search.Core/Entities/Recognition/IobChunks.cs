namespace Search.Core.Entities.Recognition;

/// <summary>Turns IOB tags into entity spans exactly as conlleval does (IOB1 and IOB2 both work).</summary>
internal static class IobChunks
{
    /// <summary>Extracts the chunks of one sentence's tags.</summary>
    public static List<EntitySpan> ToSpans(IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        int start = -1;
        string currentType = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            string prefix = tag.Length > 1 ? tag[..1] : "O";
            string type = tag.Length > 2 ? tag[2..] : "";
            bool inside = tag != "O";
            bool startsChunk = inside && (prefix == "B" || start < 0 || type != currentType);
            if (start >= 0 && (!inside || startsChunk))
            {
                if (TryKind(currentType, out var kind))
                {
                    spans.Add(new EntitySpan(start, i, kind));
                }

                start = -1;
            }

            if (startsChunk)
            {
                start = i;
                currentType = type;
            }
        }

        return spans;
    }

    /// <summary>Maps a CoNLL type name to an <see cref="EntityKind"/>.</summary>
    public static bool TryKind(string type, out EntityKind kind)
    {
        switch (type)
        {
            case "PER": kind = EntityKind.Person; return true;
            case "ORG": kind = EntityKind.Organization; return true;
            case "LOC": kind = EntityKind.Location; return true;
            case "MISC": kind = EntityKind.Misc; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>The CoNLL name of a kind.</summary>
    public static string TypeName(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.Location => "LOC",
        _ => "MISC",
    };
}
