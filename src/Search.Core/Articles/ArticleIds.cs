namespace Search.Core.Articles;

/// <summary>What an article id may be: 1 to 200 printable characters, no control characters, no white space at either end.</summary>
public static class ArticleIds
{
    /// <summary>Longest accepted article id, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>True when <paramref name="id"/> is usable as an article id; otherwise says why.</summary>
    public static bool IsValid(string id, out string reason)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            reason = "must not be blank";
            return false;
        }
        if (id.Length > MaxLength)
        {
            reason = $"must be at most {MaxLength} characters";
            return false;
        }
        foreach (var c in id)
        {
            if (char.IsControl(c) || char.IsSurrogate(c))
            {
                reason = "must not contain control characters or characters outside the Basic Multilingual Plane (such as emoji)";
                return false;
            }
        }
        // Ids are looked up exactly, and no article has such an id (see IsValidNew): `" live-1 "` is a typo
        // to point out, not an unknown article.
        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            reason = "must not start or end with white space";
            return false;
        }
        reason = "";
        return true;
    }

    /// <summary>
    /// <see cref="IsValid"/> for a new article, and no invisible characters. An id with white space at
    /// either end would be stored apart from `live-1` and found by neither a trimmed nor a typed look-up.
    /// </summary>
    public static bool IsValidNew(string id, out string reason)
    {
        if (!IsValid(id, out reason))
        {
            return false;
        }
        // Invisible, so an id nobody could type or tell from another (`live-1` and `live-­1`).
        if (id.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            reason = "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks)";
            return false;
        }
        // A line break by another name: a .txt seed's lines end there, so the id would not survive a file.
        if (id.Any(c => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator))
        {
            reason = "must not contain line or paragraph separators (U+2028, U+2029)";
            return false;
        }
        return true;
    }
}
