namespace Search.Core.Entities.Recognition;

/// <summary>The four CoNLL-2003 entity types.</summary>
public enum EntityKind
{
    /// <summary>A person (PER).</summary>
    Person,

    /// <summary>An organisation (ORG).</summary>
    Organization,

    /// <summary>A location (LOC).</summary>
    Location,

    /// <summary>Any other named entity: nationalities, events, products (MISC).</summary>
    Misc,
}
