using Search.Core.Analysis;
using Search.Core.Articles;

namespace Search.Core.Entities;

/// <summary>Tags every paragraph of an article and links its mentions to entities. Thread-safe if the tagger is.</summary>
public sealed class ArticleEntityAnnotator(IEntityTagger tagger)
{
    /// <summary>Per paragraph of <paramref name="article"/> (same order), its entity mentions in text order.</summary>
    public IReadOnlyList<IReadOnlyList<EntityMention>> Annotate(Article article)
    {
        var texts = article.Paragraphs.Select(p => p.Text).ToList();
        var tagged = tagger.TagDocument(texts);
        var spans = tagged.Select((found, i) => IsSignOff(article.Paragraphs[i]) ? [] : Typed(article.Paragraphs[i], found)).ToList();
        return MentionLinker.LinkArticle(texts, spans);
    }

    // The tagger reads `AP` in `Ahn Young-joon / AP` as a place; in a credit line an agency is an organisation.
    private static IEnumerable<TaggedSpan> Typed(ArticleParagraph paragraph, IEnumerable<TaggedSpan> spans) =>
        paragraph.Kind != ParagraphKind.Credit
            ? SpanCorrections.Apply(paragraph.Text, spans)
            : spans.Select(s => Credits.IsAgency(paragraph.Text[s.Start..s.End].Trim()) ? s with { Type = EntityType.Organization } : s);

    // An agency's one-word sign-off (`REUTER` ends 4,528 Reuters articles) names no one the article is
    // about; tagged, it was the corpus's most mentioned "person".
    private static bool IsSignOff(ArticleParagraph paragraph) =>
        paragraph.Kind == ParagraphKind.Credit && WordScanner.Terms(paragraph.Text).Length == 1;
}
