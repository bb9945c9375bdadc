namespace Search.Core.Entities;

/// <summary>
/// One mention of an entity in a paragraph: where it stands (UTF-16, end exclusive), its type, the entity
/// it refers to (<see cref="EntityKey"/>, after linking) and its own name form as written.
/// </summary>
public sealed record EntityMention(int Start, int End, EntityType Type, string EntityKey, string Form);

/// <summary>The entity a name stands for: its type and canonical key (folded words, titles and possessives dropped).</summary>
public readonly record struct EntityId(EntityType Type, string Key)
{
    public override string ToString() => $"{EntityTypeCodes.Of(Type)}|{Key}";
}
