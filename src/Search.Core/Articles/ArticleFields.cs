namespace Search.Core.Articles;

/// <summary>What an article's title and URL may hold, for upserts and JSON Lines seeds alike.</summary>
public static class ArticleFields
{
    /// <summary>Longest accepted URL, in UTF-16 code units (what browsers and most servers accept).</summary>
    public const int MaxUrlLength = 2_048;

    /// <summary>
    /// Null when <paramref name="title"/> is usable, or why not: not blank (white space and invisible format
    /// characters alone), and no control characters but a tab, read as a space (a line break, NUL, BEL would
    /// come back in every hit's title).
    /// </summary>
    public static string? TitleProblem(string title) =>
        title.All(ArticleParser.IsBlank) ? "must not be blank"
        : title.Any(c => char.IsControl(c) && c != '\t') ? "must not contain control characters (a line break included)"
        : null;

    /// <summary>
    /// Null when <paramref name="url"/> is usable, or why not: clients show it as a link, so it is an absolute
    /// http or https URL without white space or control characters (not `javascript:...`).
    /// </summary>
    public static string? UrlProblem(string url)
    {
        if (url.Length > MaxUrlLength)
        {
            return $"must be at most {MaxUrlLength} characters";
        }
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return "must be an absolute http or https URL without white space";
        }
        return null;
    }
}
