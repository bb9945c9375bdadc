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
        // non-joiner and joiner stay in the path and query, where Persian and Indic words are spelled with them
        // (`می‌خواهم`), but not in the host: `a.com` with a joiner after it looks like `a.com`.
        var authority = Authority(url);
        if (url.Select((c, i) => (c, i)).Any(x => char.GetUnicodeCategory(x.c) == System.Globalization.UnicodeCategory.Format
            && (x.c is not ('\u200C' or '\u200D') || x.i >= authority.Start && x.i < authority.End)))
        {
            return "must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks; joiners only after the host)";
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

    // Where the host, user and port stand: from `://` to the path, query or fragment (empty without `://`).
    private static (int Start, int End) Authority(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : url.Length;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        return (start, end < 0 ? url.Length : end);
    }

    // The port Uri refused, when the text has one after its host (`http://example.com:99999/`).
    private static long? PortOf(string url)
    {
        var (start, end) = Authority(url);
        var authority = url[start..end];
        var colon = authority.LastIndexOf(':');
        return colon >= 0 && colon < authority.Length - 1 && authority[(colon + 1)..].All(char.IsAsciiDigit)
            && long.TryParse(authority[(colon + 1)..], out var port) ? port : null;
    }

    // An address, or a name with a DNS form (IDNA; the parser takes names that have none, such as `a⒈com`,
    // and then throws when asked for it) whose labels are not empty and neither start nor end with a hyphen
    // (`http://-/` parses, but no machine has that name). Underscores pass (`_dmarc.example.com`, typed Basic).
    private static bool HasUsableHost(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return true;
        }
        if (uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.Basic) || uri.Host.Length == 0)
        {
            return false;
        }
        string name;
        try
        {
            name = uri.IdnHost;
        }
        catch (UriFormatException)
        {
            return false;
        }
        return name.TrimEnd('.').Split('.').All(label => label.Length > 0 && label[0] != '-' && label[^1] != '-');
    }
}
