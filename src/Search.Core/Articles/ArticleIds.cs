namespace Search.Core.Articles;

/// <summary>What an article id may be: 1 to 200 printable characters, no control characters.</summary>
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
                reason = "must not contain control characters or surrogates";
                return false;
            }
        }
        reason = "";
        return true;
    }

    /// <summary>
    /// <see cref="IsValid"/>, and no space at either end: a new article's id is looked up exactly, so
    /// `" live-1 "` would be stored apart from `live-1` and found by neither a trimmed nor a typed look-up.
    /// </summary>
    public static bool IsValidNew(string id, out string reason)
    {
        if (!IsValid(id, out reason))
        {
            return false;
        }
        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            reason = "must not start or end with white space";
            return false;
        }
        return true;
    }
}
