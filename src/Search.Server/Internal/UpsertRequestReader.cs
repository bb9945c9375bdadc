using Google.Protobuf;
using Search.Contracts.V1;
using Search.Core.Articles;
using Article = Search.Core.Articles.Article;

namespace Search.Server.Internal;

/// <summary>Checks an upserted article against the limits and reads it through the same structure pipeline as a file.</summary>
internal static class UpsertRequestReader
{
    public const int MaxArticleBytes = 4 * 1024 * 1024;
    public const int MaxTitleLength = 1_000;
    public const int MaxParagraphs = 10_000;
    public const int MaxParagraphLength = 100_000;

    /// <summary>The article, or null with the reason it is rejected.</summary>
    public static Article? TryRead(UpsertArticleRequest request, out string reason)
    {
        reason = Check(request);
        if (reason.Length > 0)
        {
            return null;
        }
        try
        {
            var article = ArticleParser.Parse(request.ArticleId, request.Title, request.Paragraphs);
            return article with
            {
                Published = request.Published?.ToDateTimeOffset(),
                Url = request.Url.Length > 0 ? request.Url : null,
            };
        }
        catch (ArticleFormatException e)
        {
            reason = $"title {e.Message}";
            return null;
        }
    }

    private static string Check(UpsertArticleRequest request)
    {
        if (!ArticleIds.IsValidNew(request.ArticleId, out var idReason))
        {
            return $"article_id {idReason}";
        }
        if (((IMessage)request).CalculateSize() > MaxArticleBytes)
        {
            return $"article is larger than {MaxArticleBytes / (1024 * 1024)} MiB";
        }
        if (ArticleFields.TitleProblem(request.Title) is { } titleProblem)
        {
            return $"title {titleProblem}";
        }
        if (request.Title.Length > MaxTitleLength)
        {
            return $"title must be at most {MaxTitleLength} characters";
        }
        if (request.Url.Length > 0 && ArticleFields.UrlProblem(request.Url) is { } urlProblem)
        {
            return $"url {urlProblem}";
        }
        if (request.Paragraphs.Count > MaxParagraphs)
        {
            return $"paragraphs must be at most {MaxParagraphs}";
        }
        // A paragraph is split at its line breaks (as the same text in a file would be): the limit counts the parts.
        var parts = 0L;
        for (var i = 0; i < request.Paragraphs.Count; i++)
        {
            if (request.Paragraphs[i].Length > MaxParagraphLength)
            {
                return $"paragraphs[{i}] must be at most {MaxParagraphLength} characters";
            }
            parts += ArticleParser.Lines(request.Paragraphs[i]).Length;
        }
        if (parts > MaxParagraphs)
        {
            return $"paragraphs must be at most {MaxParagraphs}, counting the lines a paragraph with line breaks is split into (got {parts})";
        }
        if (request.Published is { } published && (published.Seconds < -62135596800 || published.Seconds > 253402300799 || published.Nanos is < 0 or > 999_999_999))
        {
            return "published is not a valid timestamp";
        }
        return "";
    }
}
