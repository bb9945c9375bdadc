namespace Search.Core.Articles;

/// <summary>The structural role of a paragraph in its article.</summary>
public enum ParagraphKind
{
    Headline = 1,
    Body = 2,
    Caption = 3,
    Credit = 4,
}

/// <summary>One indexed unit: a headline, body paragraph, caption or credit line.</summary>
/// <param name="Index">Position in the article; 0 is the headline.</param>
public sealed record ArticleParagraph(int Index, ParagraphKind Kind, string Text);

/// <summary>An article as it is indexed: its id, headline and structured paragraphs (headline first).</summary>
public sealed record Article(string Id, string Title, IReadOnlyList<ArticleParagraph> Paragraphs)
{
    /// <summary>When it was published, if the source says.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Where it came from, if the source says.</summary>
    public string? Url { get; init; }
}
