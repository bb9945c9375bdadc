namespace Search.Core.Entities;

/// <summary>A mention as shown to users: where it stands, its text as written, type and the entity's display name.</summary>
public sealed record ResolvedMention(int Start, int End, EntityType Type, string Text, string CanonicalName)
{
    /// <summary>The stored mentions of a paragraph, named through <paramref name="names"/>.</summary>
    public static IReadOnlyList<ResolvedMention> From(string paragraphText, IReadOnlyList<EntityMention> mentions, EntityLookup names)
    {
        var resolved = new List<ResolvedMention>(mentions.Count);
        foreach (var m in mentions)
        {
            resolved.Add(new ResolvedMention(
                m.Start, m.End, m.Type, paragraphText[m.Start..m.End],
                names.DisplayName(new EntityId(m.Type, m.EntityKey), m.Form)));
        }
        return resolved;
    }
}
