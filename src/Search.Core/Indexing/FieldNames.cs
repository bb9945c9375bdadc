namespace Search.Core.Indexing;

/// <summary>The index's field names, in one place.</summary>
public static class FieldNames
{
    /// <summary>Article id: indexed as one term, and a sorted doc value (hits, tie-breaking).</summary>
    public const string ArticleId = "article_id";

    /// <summary>Paragraph kind as one lower-case term, for filters.</summary>
    public const string Kind = "kind";

    /// <summary>
    /// Paragraph index and kind packed in one numeric doc value (<c>index &lt;&lt; 3 | kind</c>): Lucene.Net
    /// measures doc-value buffers by reflection on every value added, so one field costs half of two.
    /// </summary>
    public const string Position = "position";

    /// <summary>The article's headline, stored on the headline paragraph (the others carry it in their hit record).</summary>
    public const string Title = "title";

    /// <summary>The paragraph text: indexed as exact words with positions (phrases); stored only when too long for a hit record.</summary>
    public const string Text = "text";

    /// <summary>The paragraph text indexed as stemmed words, with frequencies but no positions (free-text words).</summary>
    public const string Stemmed = "stem";

    /// <summary>The paragraph's entity mentions (see <c>MentionCodec</c>), stored only when too long for a hit record.</summary>
    public const string Entities = "entities";

    /// <summary>Indexed `TYPE|entity key|form as written` per mention: names and aliases of entities, counted.</summary>
    public const string EntityForms = "entity_form";

    /// <summary>Headline, text and mentions of the paragraph in one binary doc value, for fast hit loading.</summary>
    public const string HitRecord = "hit";

    /// <summary>Publication time (ISO 8601), stored on the headline only.</summary>
    public const string Published = "published";

    /// <summary>Source address, stored on the headline only.</summary>
    public const string Url = "url";
}
