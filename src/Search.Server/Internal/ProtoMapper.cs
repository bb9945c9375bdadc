using Google.Protobuf.WellKnownTypes;
using Search.Core.Indexing;
using Search.Core.Querying;
using CoreArticle = Search.Core.Articles.Article;
using CoreKind = Search.Core.Articles.ParagraphKind;
using V1 = Search.Contracts.V1;

namespace Search.Server.Internal;

/// <summary>Translates between Core results and search.v1 messages.</summary>
internal static class ProtoMapper
{
    public static CoreKind ToCore(V1.ParagraphKind kind, string field) => kind switch
    {
        V1.ParagraphKind.Headline => CoreKind.Headline,
        V1.ParagraphKind.Body => CoreKind.Body,
        V1.ParagraphKind.Caption => CoreKind.Caption,
        V1.ParagraphKind.Credit => CoreKind.Credit,
        _ => throw Errors.InvalidArgumentException(field, $"{kind} is not a paragraph kind to filter on"),
    };

    public static V1.ParagraphKind ToProto(CoreKind kind) => kind switch
    {
        CoreKind.Headline => V1.ParagraphKind.Headline,
        CoreKind.Body => V1.ParagraphKind.Body,
        CoreKind.Caption => V1.ParagraphKind.Caption,
        CoreKind.Credit => V1.ParagraphKind.Credit,
        _ => V1.ParagraphKind.Unspecified,
    };

    public static V1.SearchHit ToProto(ParagraphHit hit)
    {
        var message = new V1.SearchHit
        {
            ArticleId = hit.ArticleId,
            ArticleTitle = hit.ArticleTitle,
            ParagraphIndex = hit.ParagraphIndex,
            Kind = ToProto(hit.Kind),
            Text = hit.Text,
            Score = hit.Score,
            Snippet = hit.Snippet,
        };
        foreach (var range in hit.Highlights)
        {
            message.Highlights.Add(new V1.TextSpan { Start = range.Start, End = range.End });
        }
        return message;
    }

    public static V1.Article ToProto(CoreArticle article)
    {
        var message = new V1.Article { ArticleId = article.Id, Title = article.Title };
        foreach (var paragraph in article.Paragraphs)
        {
            message.Paragraphs.Add(new V1.Paragraph { Index = paragraph.Index, Kind = ToProto(paragraph.Kind), Text = paragraph.Text });
        }
        return message;
    }

    public static V1.RebuildIndexResponse ToProto(BuildResult result) => new()
    {
        Articles = result.Articles,
        Paragraphs = result.Paragraphs,
        Skipped = { result.Skipped },
        Took = Duration.FromTimeSpan(result.Took),
    };

    public static V1.IndexStats ToProto(IndexStatistics statistics) => new()
    {
        Articles = statistics.Articles,
        Paragraphs = statistics.Paragraphs,
        SizeBytes = statistics.SizeBytes,
        BuiltAt = statistics.BuiltAt is { } builtAt ? Timestamp.FromDateTimeOffset(builtAt) : null,
    };
}
