namespace Search.Core.Entities.Recognition;

/// <summary>A token with its normalised text and its UTF-16 span [Start, End) in the original text.</summary>
internal readonly record struct Token(string Text, int Start, int End);
