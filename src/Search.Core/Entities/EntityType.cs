namespace Search.Core.Entities;

/// <summary>The four CoNLL-2003 entity types.</summary>
public enum EntityType
{
    Person = 1,
    Organization = 2,
    Location = 3,
    Misc = 4,
}

/// <summary>Short codes of entity types, as written into index terms.</summary>
public static class EntityTypeCodes
{
    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        EntityType.Misc => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static EntityType Parse(ReadOnlySpan<char> code) => code switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Location,
        "MISC" => EntityType.Misc,
        _ => throw new FormatException($"unknown entity type code '{code.ToString()}'"),
    };
}

/// <summary>A stretch of text a recogniser tagged, before any linking: UTF-16 offsets, end exclusive.</summary>
public readonly record struct TaggedSpan(int Start, int End, EntityType Type)
{
    /// <summary>Whether the two spans share a character.</summary>
    public bool Overlaps(TaggedSpan other) => Start < other.End && other.Start < End;
}

/// <summary>Finds entity mentions in the paragraphs of one document. Implementations are thread-safe.</summary>
public interface IEntityTagger
{
    /// <summary>Per paragraph, the spans it mentions entities in (the whole document is seen at once, for consistency).</summary>
    IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<string> paragraphs);
}
