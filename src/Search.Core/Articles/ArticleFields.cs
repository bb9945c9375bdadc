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
    /// http or https URL without white space, control or invisible characters (not `javascript:...`), with a
    /// host name or address and a port a connection can use.
    /// </summary>
    public static string? UrlProblem(string url)
    {
        if (url.Length > MaxUrlLength)
        {
            return $"must be at most {MaxUrlLength} characters";
        }
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "must not contain white space or control characters";
        }
        // Invisible, so a link nobody could tell from another; article ids refuse them too. The zero-width
        // non-joiner and joiner stay: Persian and Indic words are spelled with them (`می‌خواهم`).
        if (url.Any(c => c is not ('\u200C' or '\u200D') && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
        {
            return "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks)";
        }
        // On Unix a rooted path parses as an absolute file URI (`/news/1` is file:///news/1): a relative link here.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile && !url.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return PortOf(url) is { } port && port > MaxPort
                ? $"has port {port}; a port is 0 to {MaxPort}"
                : "must be an absolute http or https URL";
        }
        if (uri.Scheme is not ("http" or "https"))
        {
            return $"must be an http or https URL, not {uri.Scheme}:";
        }
        if (!HasUsableHost(uri))
        {
            return $"has no usable host name ('{uri.Host}')";
        }
        return null;
    }

    private const int MaxPort = 65_535;

    // The port Uri refused, when the text has one after its host (`http://example.com:99999/`).
    private static long? PortOf(string url)
    {
        var authority = url.IndexOf("://", StringComparison.Ordinal) is var start and >= 0 ? url[(start + 3)..] : "";
        authority = authority.Split('/', '?', '#')[0];
        var colon = authority.LastIndexOf(':');
        return colon >= 0 && colon < authority.Length - 1 && authority[(colon + 1)..].All(char.IsAsciiDigit)
            && long.TryParse(authority[(colon + 1)..], out var port) ? port : null;
    }

    // An address, or a name whose labels are not empty and neither start nor end with a hyphen (`http://-/`
    // parses, but no machine has that name). The name as written (`Host`): its IDN form can throw for names
    // the parser took (`a⒈com`). Underscores pass (`_dmarc.example.com`), as Uri types such names Basic.
    private static bool HasUsableHost(Uri uri) => uri.HostNameType switch
    {
        UriHostNameType.IPv4 or UriHostNameType.IPv6 => true,
        UriHostNameType.Dns or UriHostNameType.Basic => uri.Host.Length > 0
            && uri.Host.TrimEnd('.').Split('.').All(label => label.Length > 0 && label[0] != '-' && label[^1] != '-'),
        _ => false,
    };
}
