using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Highlighting;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>An article as indexed, with each paragraph's entity mentions (same order as its paragraphs).</summary>
public sealed record IndexedArticle(Article Article, IReadOnlyList<IReadOnlyList<ResolvedMention>> Mentions);

/// <summary>Paragraphs of an article from some offset on.</summary>
public sealed record ArticlePage(IndexedArticle Article)
{
    /// <summary>When paragraphs remain past this page, the index version kept for the next page to read; else null.</summary>
    public long? IndexVersion { get; init; }
}

/// <summary>Runs searches and article look-ups against a <see cref="ParagraphIndex"/>. Thread-safe.</summary>
public sealed class ParagraphSearcher(ParagraphIndex index)
{
    // A hit falls back to stored fields only for paragraphs too long for a hit record.
    private static readonly ISet<string> HitFields = new HashSet<string>
    {
        FieldNames.Text, FieldNames.Entities,
    };

    private static readonly ISet<string> HeadlineFields = new HashSet<string>
    {
        FieldNames.Title, FieldNames.Published, FieldNames.Url,
    };

    /// <summary>One page of the ranking for <paramref name="spec"/>, with highlights and snippets.</summary>
    public SearchResult Search(SearchSpec spec, CancellationToken cancellationToken)
    {
        try
        {
            return Run(spec, cancellationToken);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Expansions are capped below Lucene's clause limit; should a combination still pass it, it is the query's size.
            throw new InvalidSearchException("query", $"expands to more than {BooleanQuery.MaxClauseCount} terms; narrow it");
        }
    }

    private SearchResult Run(SearchSpec spec, CancellationToken cancellationToken)
    {
        return index.Use(spec.IndexVersion, searcher =>
        {
            var entityNames = EntityLookup.For(searcher.IndexReader);
            var prepared = QueryFactory.Prepare(spec, entityNames);
            if (prepared.Strict is null)
            {
                return new SearchResult([], 0, false);
            }
            var size = spec.Offset + spec.Limit;
            var budget = new SearchBudget(spec.Budget, cancellationToken);
            var collector = new RankingCollector(size, budget);
            var query = FuzzyExpansion.Expand(prepared.Strict, searcher.IndexReader);
            Matcher(searcher, query, budget).Search(query, prepared.Filter, collector);
            var relaxed = false;
            if (collector.TotalHits == 0 && prepared.Relaxed is not null)
            {
                var relaxedSearcher = new IndexSearcher(searcher.IndexReader) { Similarity = new RelaxedSimilarity(searcher.Similarity is ParagraphSimilarity words ? words.WordsPerParagraph : 0) };
                collector = new RankingCollector(size, budget);
                query = FuzzyExpansion.Expand(prepared.Relaxed, searcher.IndexReader);
                Matcher(relaxedSearcher, query, budget).Search(query, prepared.Filter, collector);
                // Relaxed only when relaxing found something: an empty answer is the strict one.
                relaxed = collector.TotalHits > 0;
            }
            budget.ThrowIfSpent();
            var plan = HighlightPlan.From(query);
            var page = collector.Ranked().Skip(spec.Offset).ToList();
            if (relaxed)
            {
                var bm25 = RelaxedScores.Of(Matcher(searcher, query, budget), query, page.Select(ranked => ranked.Doc));
                page = page.Select(ranked => ranked with { Score = RankingCollector.Boosted(bm25.GetValueOrDefault(ranked.Doc), ranked.Kind) }).ToList();
            }
            var hits = new List<ParagraphHit>(page.Count);
            long bytes = 0;
            foreach (var ranked in page)
            {
                // Highlighting a sloppy phrase in a long paragraph takes time too: checked between hits.
                budget.ThrowIfSpent();
                var hit = ToHit(searcher, ranked, plan, entityNames);
                // A page of very long paragraphs, or of paragraphs with thousands of mentions, ends early, with
                // a next page from this hit (as AIP-158 lets a page be short), so an answer fits a client's limit.
                bytes += spec.MaxPageBytes is null ? 0 : HitSize.UpperBound(hit);
                if (hits.Count > 0 && bytes > spec.MaxPageBytes)
                {
                    break;
                }
                hits.Add(hit);
            }
            return new SearchResult(hits, collector.TotalHits, relaxed) { IndexVersion = KeepForNextPage(searcher, spec.Offset + hits.Count, collector.TotalHits) };
        });
    }

    /// <summary>Highlights a hit carries at most: the first in its text.</summary>
    public const int MaxHighlightsPerHit = 1_000;

    /// <summary>The searcher to match <paramref name="query"/> with: one whose reads spend the budget when the query's work per paragraph has no bound.</summary>
    internal static IndexSearcher Matcher(IndexSearcher searcher, Query query, SearchBudget budget) =>
        BudgetedReader.IsNeededFor(query) ? BudgetedReader.Over(searcher, budget) : searcher;

    /// <summary>Entities of the index, or the entity facet of a search.</summary>
    public EntityListResult ListEntities(EntityListSpec spec, CancellationToken cancellationToken) =>
        index.Use(spec.IndexVersion, searcher =>
        {
            var result = EntityListing.List(searcher, spec, cancellationToken);
            return result with { IndexVersion = KeepForNextPage(searcher, spec.Offset + spec.Limit, result.TotalSize) };
        });

    // The pages of one search read one version of the index, or hits would repeat or go missing between
    // pages as articles change. Kept only when there is a next page, so a one-page search costs nothing.
    private long? KeepForNextPage(IndexSearcher searcher, int end, long total) => end < total ? index.Keep(searcher) : null;

    /// <summary>How many entities and mentions the served index holds.</summary>
    public (long Entities, long Mentions) EntityTotals() => index.Use(searcher =>
    {
        var all = EntityCatalog.For(searcher.IndexReader).All;
        return ((long)all.Count, all.Sum(e => e.Mentions));
    });

    /// <summary>The article with all of its paragraphs in order, or null when the index has no such article.</summary>
    public Article? GetArticle(string articleId) => GetArticleWithEntities(articleId)?.Article;

    /// <summary>The article and, per paragraph (same order), its entity mentions.</summary>
    public IndexedArticle? GetArticleWithEntities(string articleId) => GetArticlePage(articleId, 0, null, null)?.Article;

    /// <summary>
    /// The article's paragraphs from the <paramref name="offset"/>-th on, with its title, date and URL, or null
    /// when the index (at <paramref name="indexVersion"/>, the latest when null) has no such article or no
    /// paragraph there. With <paramref name="maxBytes"/>, the page ends before the paragraph that would take it
    /// past that many bytes encoded (<see cref="HitSize.UpperBound(ArticleParagraph, IReadOnlyList{ResolvedMention})"/>),
    /// always with at least one paragraph, and keeps the index version for the rest.
    /// </summary>
    public ArticlePage? GetArticlePage(string articleId, int offset, long? indexVersion, long? maxBytes) => index.Use(indexVersion, searcher =>
    {
        var query = new TermQuery(new Term(FieldNames.ArticleId, articleId));
        // Count first, so an article of any length comes back whole without a huge queue for short ones.
        var count = searcher.Search(query, 1).TotalHits;
        if (count == 0 || offset < 0 || offset >= count)
        {
            return null;
        }
        var docs = searcher.Search(query, count).ScoreDocs
            .Select(scoreDoc => (scoreDoc.Doc, Position: PackedPosition.Of(searcher, scoreDoc.Doc)))
            .OrderBy(doc => PackedPosition.Index(doc.Position))
            .ToList();
        var entityNames = EntityLookup.For(searcher.IndexReader);
        var headline = PackedPosition.Index(docs[0].Position) == 0 ? searcher.Doc(docs[0].Doc, HeadlineFields) : null;
        var paragraphs = new List<ArticleParagraph>();
        var mentions = new List<IReadOnlyList<ResolvedMention>>();
        long bytes = 0;
        for (var i = offset; i < docs.Count; i++)
        {
            var (text, encodedMentions) = ReadText(searcher, docs[i].Doc);
            var paragraph = new ArticleParagraph(PackedPosition.Index(docs[i].Position), PackedPosition.Kind(docs[i].Position), text);
            var resolved = ResolvedMention.From(paragraph.Text, MentionCodec.Decode(encodedMentions), entityNames);
            bytes += maxBytes is null ? 0 : HitSize.UpperBound(paragraph, resolved);
            if (paragraphs.Count > 0 && bytes > maxBytes)
            {
                break;
            }
            paragraphs.Add(paragraph);
            mentions.Add(resolved);
        }
        var title = headline?.Get(FieldNames.Title) ?? (offset == 0 ? paragraphs[0].Text : ReadText(searcher, docs[0].Doc).Text);
        var published = headline?.Get(FieldNames.Published);
        var article = new Article(articleId, title, paragraphs)
        {
            Published = published is not null && DateTimeOffset.TryParse(published, out var when) ? when : null,
            Url = headline?.Get(FieldNames.Url),
        };
        var end = offset + paragraphs.Count;
        return new ArticlePage(new IndexedArticle(article, mentions)) { IndexVersion = KeepForNextPage(searcher, end, docs.Count) };
    });

    private static ParagraphHit ToHit(IndexSearcher searcher, RankedDoc ranked, HighlightPlan plan, EntityLookup entityNames)
    {
        string title, text, encodedMentions;
        if (HitRecords.Read(searcher, ranked.Doc) is { } record)
        {
            (title, text, encodedMentions) = record;
        }
        else
        {
            (text, encodedMentions) = ReadText(searcher, ranked.Doc);
            title = TitleOf(searcher, ranked.ArticleId);
        }
        var mentions = MentionCodec.Decode(encodedMentions);
        var highlights = MatchFinder.Find(text, plan, mentions);
        if (highlights.Count > MaxHighlightsPerHit)
        {
            // The first ones in the text: a word said 45,000 times in one paragraph would otherwise send 45,000 spans.
            highlights.RemoveRange(MaxHighlightsPerHit, highlights.Count - MaxHighlightsPerHit);
        }
        return new ParagraphHit(
            ranked.ArticleId,
            title,
            ranked.ParagraphIndex,
            ranked.Kind,
            text,
            ranked.Score,
            highlights,
            Snippets.Build(text, highlights),
            ResolvedMention.From(text, mentions, entityNames));
    }

    // Only headlines store the title; the other paragraphs carry it in their hit record.
    private static string TitleOf(IndexSearcher searcher, string articleId)
    {
        var headline = new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term(FieldNames.ArticleId, articleId)), Occur.MUST },
            { new TermQuery(new Term(FieldNames.Kind, KindTerms.Of(ParagraphKind.Headline))), Occur.MUST },
        };
        var top = searcher.Search(headline, 1);
        return top.TotalHits == 0 ? "" : searcher.Doc(top.ScoreDocs[0].Doc).Get(FieldNames.Title) ?? "";
    }

    // The hit record, or the stored fields of a paragraph too long for one.
    private static (string Text, string EncodedMentions) ReadText(IndexSearcher searcher, int doc)
    {
        if (HitRecords.Read(searcher, doc) is { } record)
        {
            return (record.Text, record.EncodedMentions);
        }
        var document = searcher.Doc(doc, HitFields);
        return (document.Get(FieldNames.Text), document.Get(FieldNames.Entities) ?? "");
    }
}
