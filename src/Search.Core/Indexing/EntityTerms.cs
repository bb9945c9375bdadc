using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>
/// Index terms for entities. Entity tokens sit in <see cref="FieldNames.Text"/> at the position of the
/// mention's first word (as Elasticsearch's annotated_text does), so filters, ranking and phrases share a
/// field; a `|` can never occur in a word term, so they cannot collide with words.
/// </summary>
public static class EntityTerms
{
    public const string Prefix = "e|";

    /// <summary>`e|PER|kim jong un`.</summary>
    public static string Of(EntityId id) => $"{Prefix}{id}";

    /// <summary>Reads an entity term back; false for word terms.</summary>
    public static bool TryParse(string term, out EntityId id)
    {
        id = default;
        if (!term.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var bar = term.IndexOf('|', Prefix.Length);
        if (bar < 0)
        {
            return false;
        }
        id = new EntityId(EntityTypeCodes.Parse(term[Prefix.Length..bar]), term[(bar + 1)..]);
        return true;
    }

    /// <summary>`PER|kim jong un|Kim Jong-un`: one per mention in <see cref="FieldNames.EntityForms"/>, for names and aliases.</summary>
    public static string Form(EntityMention mention) => $"{EntityTypeCodes.Of(mention.Type)}|{mention.EntityKey}|{mention.Form}";

    public static (EntityId Id, string Form) ParseForm(string term)
    {
        var parts = term.Split('|', 3);
        return (new EntityId(EntityTypeCodes.Parse(parts[0]), parts[1]), parts[2]);
    }
}
