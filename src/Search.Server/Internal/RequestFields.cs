using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Querying;

namespace Search.Server.Internal;

/// <summary>Checks of the request fields that searches and listings share: texts, article id, paging.</summary>
internal static class RequestFields
{
    public const int MaxQueryLength = 1_000;
    public const int MaxQueryWords = 64;
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    /// <summary>
    /// A query or phrase: at most <see cref="MaxQueryLength"/> characters and <see cref="MaxQueryWords"/> words.
    /// In <paramref name="freeTextSyntax"/>, the number of `word~2` or `"a phrase"~2` is not a word.
    /// </summary>
    public static void CheckText(string field, string value, bool freeTextSyntax = false)
    {
        CheckLength(field, value);
        var words = 0;
        var from = 0;
        var (previousStart, previousEnd) = (-1, -1);
        while (WordScanner.TryNext(value, from, out var start, out var end))
        {
            // A run of Chinese or Japanese characters is one word to this limit, as it is to a reader: each
            // character is a word to the index, and a sentence of them would otherwise pass 64 at once.
            var continuesRun = start == previousEnd && WordScanner.IsIdeograph(value, start) && WordScanner.IsIdeograph(value, previousStart);
            (previousStart, previousEnd) = (start, end);
            from = end;
            if (continuesRun)
            {
                continue;
            }
            if (freeTextSyntax && IsOperatorNumber(value, start, end))
            {
                // `"a phrase"~N`: the same limit as the `slop` field.
                if (start > 1 && QuerySyntax.IsDoubleQuote(value[start - 2]) && !(int.TryParse(value.AsSpan(start, end - start), out var slop) && slop <= SearchRequestReader.MaxSlop))
                {
                    Errors.InvalidArgument(field, $"phrase slop (~N) must be at most {SearchRequestReader.MaxSlop} (got {value[start..end]})");
                }
                continue;
            }
            if (++words > MaxQueryWords)
            {
                Errors.InvalidArgument(field, $"must have at most {MaxQueryWords} words");
            }
        }
    }

    // The `2` of `word~2` or `"a phrase"~2` is the edit distance or slop, not a word to match.
    private static bool IsOperatorNumber(string value, int start, int end) =>
        start > 0 && value[start - 1] == '~' && value.AsSpan(start, end - start).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>At most <see cref="MaxQueryLength"/> characters, counted as Unicode characters: an emoji is one, not two UTF-16 units.</summary>
    public static void CheckLength(string field, string value)
    {
        if (value.Length > MaxQueryLength && value.EnumerateRunes().Count() is var characters && characters > MaxQueryLength)
        {
            Errors.InvalidArgument(field, $"must be at most {MaxQueryLength} characters (got {characters})");
        }
    }

    /// <summary>A text that is given but blank: refused rather than read as not given, which would widen the answer.</summary>
    public static void CheckNotBlank(string field, string value, string unlessEmpty)
    {
        if (value.Length > 0 && string.IsNullOrWhiteSpace(value))
        {
            Errors.InvalidArgument(field, $"is blank; leave it empty {unlessEmpty}");
        }
    }

    /// <summary>The article filter, or null when none is given.</summary>
    public static string? ArticleIdOrNull(string articleId)
    {
        if (articleId.Length == 0)
        {
            return null;
        }
        if (!ArticleIds.IsValid(articleId, out var reason))
        {
            Errors.InvalidArgument("article_id", reason);
        }
        return articleId;
    }

    /// <summary>
    /// Where the requested page starts, the index version it reads, and its size: size 0 means the default,
    /// above the maximum is the maximum, and the last page stops at <paramref name="maxDepth"/>.
    /// </summary>
    public static (PagePosition Position, int Limit) Page(int pageSize, string pageToken, string fingerprint, int maxDepth)
    {
        if (pageSize < 0)
        {
            Errors.InvalidArgument("page_size", "must not be negative");
        }
        var position = new PagePosition(0, null);
        if (pageToken.Length > 0 && !PageTokens.TryRead(pageToken, fingerprint, maxDepth, out position))
        {
            Errors.InvalidArgument("page_token", "is not a page token this server issued for this request");
        }
        return (position, Math.Min(pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize), maxDepth - position.Offset));
    }
}
