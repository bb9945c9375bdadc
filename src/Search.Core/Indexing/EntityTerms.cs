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
        id = new EntityId(EntityTypeCodes.Parse(term.AsSpan()[Prefix.Length..bar]), term[(bar + 1)..]);
        return true;
    }

    /// <summary>Prefix of form terms: `f|PER|kim jong un|Kim Jong-un`, one per mention, for display names and aliases.</summary>
    public const string FormPrefix = "f|";

    /// <summary>Prefix of word terms: `w|kim|PER|kim jong un`, so a bare surname finds every entity with that word.</summary>
    public const string WordPrefix = "w|";

    /// <summary>Prefix of alias terms: `a|PER|kim|kim jong un`, a shorter form linked to an entity.</summary>
    public const string AliasPrefix = "a|";

    /// <summary>The <see cref="FieldNames.EntityForms"/> terms of one mention.</summary>
    public static IEnumerable<string> FormTerms(EntityMention mention)
    {
        var type = EntityTypeCodes.Of(mention.Type);
        yield return $"{FormPrefix}{type}|{mention.EntityKey}|{mention.Form}";
        foreach (var word in mention.EntityKey.Split(' ').Distinct())
        {
            yield return $"{WordPrefix}{word}|{type}|{mention.EntityKey}";
        }
        var formKey = EntityNames.Key(mention.Form, mention.Type);
        if (formKey != mention.EntityKey && formKey.Length > 0)
        {
            yield return $"{AliasPrefix}{type}|{formKey}|{mention.EntityKey}";
        }
    }

    /// <summary>Reads a form term (`f|TYPE|key|form`).</summary>
    public static (EntityId Id, string Form) ParseForm(string term)
    {
        var parts = term[FormPrefix.Length..].Split('|', 3);
        return (new EntityId(EntityTypeCodes.Parse(parts[0]), parts[1]), parts[2]);
    }
}
