using Search.Core.Articles;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public class TieBreakTests
{
    [Fact]
    public async Task Equal_scores_across_segments_are_ordered_by_each_hits_own_article_id()
    {
        // zz-b is in the first segment and zz-a, added later, in a second one: each has one article, so
        // both article ids are ordinal 0 in their own segment. Their body paragraphs are the same words,
        // so they score the same and the article id decides.
        using var index = TestIndex.FromArticles(("zz-b", "Harvest report B\n\nGrain exports rose sharply.\n"));
        using (var session = await index.Index.BeginWriteAsync(CancellationToken.None))
        {
            session.Upsert(ArticleParser.Parse("zz-a", "Harvest report A", ["Grain exports rose sharply."]));
            session.Commit();
        }

        var result = index.Phrase("grain exports");

        Assert.Equal(2, result.TotalHits);
        Assert.Equal(result.Hits[0].Score, result.Hits[1].Score);
        Assert.Equal(
            [("zz-a", "Harvest report A"), ("zz-b", "Harvest report B")],
            result.Hits.Select(h => (h.ArticleId, h.ArticleTitle)));
    }

    [Fact]
    public async Task Equal_scores_in_one_segment_go_to_the_smaller_article_id_then_the_earlier_paragraph_whatever_the_document_order()
    {
        using var index = TestIndex.FromArticles(("aa-seed", "Seed headline\n\nNothing about the harvest here.\n"));
        using (var session = await index.Index.BeginWriteAsync(CancellationToken.None))
        {
            // zz-d is written first, so its paragraphs come first in the new segment; the ids' ordinals go the other way.
            session.Upsert(ArticleParser.Parse("zz-d", "Harvest report D", ["Grain exports rose sharply."]));
            session.Upsert(ArticleParser.Parse("zz-c", "Harvest report C", ["Grain exports rose sharply.", "Grain exports rose sharply."]));
            session.Commit();
        }

        Assert.Equal([("zz-c", 1)], index.Phrase("grain exports", limit: 1).Hits.Select(h => (h.ArticleId, h.ParagraphIndex)));
        Assert.Equal([("zz-c", 1), ("zz-c", 2)], index.Phrase("grain exports", limit: 2).Hits.Select(h => (h.ArticleId, h.ParagraphIndex)));
        Assert.Equal([("zz-c", 1), ("zz-c", 2), ("zz-d", 1)], index.Phrase("grain exports", limit: 3).Hits.Select(h => (h.ArticleId, h.ParagraphIndex)));
    }
}
