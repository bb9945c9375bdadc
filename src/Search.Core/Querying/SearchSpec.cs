using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Querying;

/// <summary>A validated search: what to match, where, and which page of the ranking to return.</summary>
public sealed record SearchSpec
{
    /// <summary>Free text in simple_query_string syntax, or null.</summary>
    public string? Query { get; init; }

    /// <summary>An exact phrase, or null.</summary>
    public string? Phrase { get; init; }

    /// <summary>Positions the words of <see cref="Phrase"/> may move.</summary>
    public int Slop { get; init; }

    /// <summary>Only paragraphs of this article, or null for all.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Only paragraphs of these kinds; empty for all.</summary>
    public IReadOnlySet<ParagraphKind> Kinds { get; init; } = new HashSet<ParagraphKind>();

    /// <summary>Hits of the ranking to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Hits to return.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>Entities every matching paragraph must mention; empty for none.</summary>
    public IReadOnlyList<EntityRef> Entities { get; init; } = [];

    /// <summary>Longest the search may run before it stops with <see cref="SearchBudgetExceededException"/>.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The index version a next page reads (<see cref="SearchResult.IndexVersion"/> of the page before); null for the latest.</summary>
    public long? IndexVersion { get; init; }

    /// <summary>
    /// When set, the page ends before a hit that would take its hits past this many bytes encoded
    /// (<see cref="HitSize.UpperBound"/>), always with at least one hit; the next page starts at that hit.
    /// </summary>
    public int? MaxPageBytes { get; init; }
}

/// <summary>A search ran past its time budget and was stopped.</summary>
public sealed class SearchBudgetExceededException(TimeSpan budget)
    : Exception($"The search ran longer than its budget of {budget.TotalSeconds:0.###} s and was stopped; narrow the query.");

/// <summary>An entity named by a user: a name resolved like a mention, and optionally a type (null = any).</summary>
public sealed record EntityRef(string Name, EntityType? Type);

/// <summary>A matching paragraph with its score and what to mark in it.</summary>
public sealed record ParagraphHit(
    string ArticleId,
    string ArticleTitle,
    int ParagraphIndex,
    ParagraphKind Kind,
    string Text,
    float Score,
    IReadOnlyList<TextRange> Highlights,
    string Snippet,
    IReadOnlyList<ResolvedMention> Entities);

/// <summary>A half-open range [Start, End) of UTF-16 code units.</summary>
public readonly record struct TextRange(int Start, int End);

/// <summary>One page of a ranking, with the exact number of matches.</summary>
/// <param name="Relaxed">True when no paragraph had every word, so paragraphs with most of them were ranked.</param>
public sealed record SearchResult(IReadOnlyList<ParagraphHit> Hits, long TotalHits, bool Relaxed)
{
    /// <summary>When hits remain past this page, the index version kept for the next pages to read; else null.</summary>
    public long? IndexVersion { get; init; }
}
