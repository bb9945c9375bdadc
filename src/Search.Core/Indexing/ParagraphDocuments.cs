using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>
/// Maps an article to one Lucene document per paragraph. With <c>reuseFields</c>, every document shares
/// one set of field instances whose values change per paragraph, which halves a bulk build's allocations;
/// each document must then be added before the next is asked for. Not thread-safe.
/// </summary>
internal sealed class ParagraphDocuments(bool reuseFields = false)
{
    private static readonly FieldType IndexedText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
    // Stems only answer single-word matches (a word that splits, like `Jong-un`, is looked up as an exact
    // phrase instead), so they carry no positions: 0.1-0.2 s less of a 3.6 s Reuters build, 2 MB less index.
    private static readonly FieldType StemmedText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };
    private static readonly FieldType Counted = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS, OmitNorms = true };

    static ParagraphDocuments()
    {
        IndexedText.Freeze();
        StemmedText.Freeze();
        Counted.Freeze();
    }

    private ParagraphFields? _shared;

    /// <summary>Documents for every paragraph of <paramref name="article"/>, headline first, with its entity mentions if given.</summary>
    public IEnumerable<Document> Build(Article article, IReadOnlyList<IReadOnlyList<EntityMention>>? mentions = null)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var fields = reuseFields ? _shared ??= new ParagraphFields() : new ParagraphFields();
            var paragraphMentions = mentions?[paragraph.Index] ?? [];
            var encodedMentions = MentionCodec.Encode(paragraphMentions);
            // One scan of the text feeds both indexed forms of it.
            var words = WordScanner.Words(paragraph.Text);
            fields.ArticleId.SetStringValue(article.Id);
            fields.ArticleIdValue.SetBytesValue(new Lucene.Net.Util.BytesRef(article.Id));
            fields.Position.SetInt64Value(PackedPosition.Pack(paragraph.Index, paragraph.Kind));
            fields.KindTerm.SetStringValue(KindTerms.Of(paragraph.Kind));
            fields.Annotated.SetInput(words, paragraphMentions);
            fields.Unstemmed.SetInput(words);
            var document = new Document
            {
                fields.ArticleId, fields.ArticleIdValue, fields.Position, fields.KindTerm, fields.Words, fields.Stems,
            };
            if (HitRecords.TryField(article.Title, paragraph.Text, encodedMentions) is { } record)
            {
                document.Add(record);
            }
            else
            {
                // Over the doc-value limit: the text and mentions go to the (compressed) stored fields instead.
                fields.Text.SetStringValue(paragraph.Text);
                document.Add(fields.Text);
                if (paragraphMentions.Count > 0)
                {
                    document.Add(new StoredField(FieldNames.Entities, encodedMentions));
                }
            }
            if (paragraphMentions.Count > 0)
            {
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

    /// <summary>The fields every paragraph has; values are set per paragraph.</summary>
    private sealed class ParagraphFields
    {
        public StringField ArticleId { get; } = new(FieldNames.ArticleId, "", Field.Store.NO);
        public SortedDocValuesField ArticleIdValue { get; } = new(FieldNames.ArticleId, new Lucene.Net.Util.BytesRef());
        public NumericDocValuesField Position { get; } = new(FieldNames.Position, 0L);
        public StringField KindTerm { get; } = new(FieldNames.Kind, "", Field.Store.NO);
        public StoredField Text { get; } = new(FieldNames.Text, "");
        public AnnotatedTextStream Annotated { get; } = new();
        public WordListStream Unstemmed { get; } = new();
        public Field Words { get; }
        public Field Stems { get; }

        public ParagraphFields()
        {
            Words = new Field(FieldNames.Text, Annotated, IndexedText);
            Stems = new Field(FieldNames.Stemmed, new PorterStemFilter(Unstemmed), StemmedText);
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
