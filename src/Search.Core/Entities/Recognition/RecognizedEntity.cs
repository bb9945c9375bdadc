namespace Search.Core.Entities.Recognition;

/// <summary>An entity found in text: UTF-16 offsets into the input, <paramref name="End"/> exclusive.</summary>
public readonly record struct RecognizedEntity(int Start, int End, EntityKind Kind);
