using Lucene.Net.Documents;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>Maps an article to one Lucene document per paragraph. Not thread-safe: it reuses its field instances.</summary>
internal sealed class ParagraphDocuments
{
    private static readonly FieldType StoredText = new(TextField.TYPE_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };
    private static readonly FieldType IndexedText = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };

    static ParagraphDocuments()
    {
        StoredText.Freeze();
        IndexedText.Freeze();
    }

    /// <summary>Documents for every paragraph of <paramref name="article"/>, headline first.</summary>
    public IEnumerable<Document> Build(Article article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            var document = new Document
            {
                new StringField(FieldNames.ArticleId, article.Id, Field.Store.YES),
                new SortedDocValuesField(FieldNames.ArticleId, new Lucene.Net.Util.BytesRef(article.Id)),
                new StoredField(FieldNames.ParagraphIndex, paragraph.Index),
                new NumericDocValuesField(FieldNames.ParagraphIndex, paragraph.Index),
                new StringField(FieldNames.Kind, KindTerms.Of(paragraph.Kind), Field.Store.NO),
                new NumericDocValuesField(FieldNames.Kind, (long)paragraph.Kind),
                new StoredField(FieldNames.Kind, (int)paragraph.Kind),
                new StoredField(FieldNames.Title, article.Title),
                new Field(FieldNames.Text, paragraph.Text, StoredText),
                new Field(FieldNames.Stemmed, paragraph.Text, IndexedText),
            };
            if (paragraph.Index == 0)
            {
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
