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

    // The tagger reads `AP` in `Ahn Young-joon / AP` as a place, cuts `Kim Hong-Ji` after `REUTERS/` to `Kim`,
    // and finds nothing in `Photo: AP`. A photo credit's layout says who is who: the photographer is a
    // person, and each agency an organisation. In other credit lines an agency is an organisation, and the
    // tagger's spans are corrected as in the text (`Editing` of `; Editing by` is no place).
    private static IEnumerable<TaggedSpan> Typed(ArticleParagraph paragraph, IEnumerable<TaggedSpan> spans)
    {
        if (paragraph.Kind != ParagraphKind.Credit)
        {
            return SpanCorrections.Apply(paragraph.Text, spans);
        }
        var credited = Credits.PhotoCreditNames(paragraph.Text);
        return credited.Count > 0
            ? credited.Select(name => new TaggedSpan(name.Start, name.End, name.IsPerson ? EntityType.Person : EntityType.Organization))
            : SpanCorrections.Apply(paragraph.Text, spans.Select(s => InCredit(paragraph.Text, s)));
    }

    // In a credit line an agency is an organisation, and `AP Photo` (`AP Photo/Ahn Young-joon`) is the agency.
    private static TaggedSpan InCredit(string text, TaggedSpan span)
    {
        var name = text.AsSpan(span.Start, span.End - span.Start).TrimEnd();
        foreach (var desk in PictureDesks)
        {
            if (name.EndsWith(desk, StringComparison.OrdinalIgnoreCase) && Credits.IsAgency(name[..^desk.Length].Trim().ToString()))
            {
                return new TaggedSpan(span.Start, span.Start + name.Length - desk.Length, EntityType.Organization);
            }
        }
        return Credits.IsAgency(name.Trim().ToString()) ? span with { Type = EntityType.Organization } : span;
    }

    private static readonly string[] PictureDesks = [" Photo", " Photos"];

    // An agency's one-word sign-off (`REUTER` ends 4,528 Reuters articles) names no one the article is
    // about; tagged, it was the corpus's most mentioned "person".
    private static bool IsSignOff(ArticleParagraph paragraph) =>
        paragraph.Kind == ParagraphKind.Credit && WordScanner.Terms(paragraph.Text).Length == 1;
}
