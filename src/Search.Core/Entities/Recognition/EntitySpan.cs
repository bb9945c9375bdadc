namespace Search.Core.Entities.Recognition;

/// <summary>An entity as a token range [Start, End) within one sentence.</summary>
internal readonly record struct EntitySpan(int Start, int End, EntityKind Kind);
