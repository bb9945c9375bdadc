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
        var linker = new MentionLinker();
        var result = new List<IReadOnlyList<EntityMention>>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var mentions = new List<EntityMention>();
            if (IsSignOff(article.Paragraphs[i]))
            {
                result.Add(mentions);
                continue;
            }
            foreach (var span in tagged[i].OrderBy(s => s.Start))
            {
                if (linker.Link(texts[i], span) is { } mention)
                {
                    mentions.Add(mention);
                }
            }
            result.Add(mentions);
        }
        return result;
    }

    // An agency's one-word sign-off (`REUTER` ends 4,528 Reuters articles) names no one the article is
    // about; tagged, it was the corpus's most mentioned "person".
    private static bool IsSignOff(ArticleParagraph paragraph) =>
        paragraph.Kind == ParagraphKind.Credit && WordScanner.Terms(paragraph.Text).Length == 1;
}
