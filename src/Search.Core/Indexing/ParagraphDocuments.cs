using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>Maps an article to one Lucene document per paragraph. Stateless and thread-safe.</summary>
internal sealed class ParagraphDocuments
{
    private static readonly FieldType IndexedText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
    private static readonly FieldType Counted = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, OmitNorms = true };

    static ParagraphDocuments()
    {
        IndexedText.Freeze();
        Counted.Freeze();
    }

    /// <summary>Documents for every paragraph of <paramref name="article"/>, headline first, with its entity mentions if given.</summary>
    public IEnumerable<Document> Build(Article article, IReadOnlyList<IReadOnlyList<EntityMention>>? mentions = null)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var paragraphMentions = mentions?[paragraph.Index] ?? [];
            // One scan of the text feeds both indexed forms of it.
            var words = WordScanner.Words(paragraph.Text);
            var document = new Document
            {
                new StringField(FieldNames.ArticleId, article.Id, Field.Store.YES),
                new SortedDocValuesField(FieldNames.ArticleId, new Lucene.Net.Util.BytesRef(article.Id)),
                new StoredField(FieldNames.ParagraphIndex, paragraph.Index),
                new NumericDocValuesField(FieldNames.ParagraphIndex, paragraph.Index),
                new StringField(FieldNames.Kind, KindTerms.Of(paragraph.Kind), Field.Store.NO),
                new NumericDocValuesField(FieldNames.Kind, (long)paragraph.Kind),
                new StoredField(FieldNames.Kind, (int)paragraph.Kind),
                new StoredField(FieldNames.Text, paragraph.Text),
                new Field(FieldNames.Text, new AnnotatedTextStream(words, paragraphMentions), IndexedText),
                new Field(FieldNames.Stemmed, new PorterStemFilter(new WordListStream(words)), IndexedText),
            };
            var encodedMentions = MentionCodec.Encode(paragraphMentions);
            document.Add(HitRecords.Field(article.Title, paragraph.Text, encodedMentions));
            if (paragraphMentions.Count > 0)
            {
                document.Add(new StoredField(FieldNames.Entities, encodedMentions));
                document.Add(new Field(FieldNames.EntityForms, new KeywordListStream(paragraphMentions.SelectMany(EntityTerms.FormTerms).ToList()), Counted));
            }
            if (paragraph.Index == 0)
            {
                // Other paragraphs carry the headline in their hit record only.
                document.Add(new StoredField(FieldNames.Title, article.Title));
                if (article.Published is { } published)
                {
                    document.Add(new StoredField(FieldNames.Published, published.ToString("O")));
                }
                if (article.Url is { } url)
                {
                    document.Add(new StoredField(FieldNames.Url, url));
                }
            }
            yield return document;
        }
    }
}

/// <summary>The indexed term of each paragraph kind.</summary>
public static class KindTerms
{
    /// <summary>Lower-case name of the kind, as indexed in <see cref="FieldNames.Kind"/>.</summary>
    public static string Of(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Headline => "headline",
        ParagraphKind.Body => "body",
        ParagraphKind.Caption => "caption",
        ParagraphKind.Credit => "credit",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
