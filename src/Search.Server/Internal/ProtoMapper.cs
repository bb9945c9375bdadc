using System.Globalization;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Querying;
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
        _ => throw Errors.InvalidArgumentException(field, $"{ProtoName(kind)} is not a paragraph kind to filter on"),
    };

    public static V1.ParagraphKind ToProto(CoreKind kind) => kind switch
    {
        CoreKind.Headline => V1.ParagraphKind.Headline,
        CoreKind.Body => V1.ParagraphKind.Body,
        CoreKind.Caption => V1.ParagraphKind.Caption,
        CoreKind.Credit => V1.ParagraphKind.Credit,
        _ => V1.ParagraphKind.Unspecified,
    };

    /// <summary>A requested type; UNSPECIFIED is "any" (null); an unknown value is the caller's error.</summary>
    public static EntityType? ToCoreOrAny(V1.EntityType type, string field) => type switch
    {
        V1.EntityType.Unspecified => null,
        V1.EntityType.Person => EntityType.Person,
        V1.EntityType.Organization => EntityType.Organization,
        V1.EntityType.Location => EntityType.Location,
        V1.EntityType.Misc => EntityType.Misc,
        _ => throw Errors.InvalidArgumentException(field, $"{ProtoName(type)} is not an entity type"),
    };

    /// <summary>A value as the client wrote it: its name in the proto (`PARAGRAPH_KIND_UNSPECIFIED`), or its number if it has none.</summary>
    private static string ProtoName<TEnum>(TEnum value) where TEnum : struct, System.Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return V1.SearchReflection.Descriptor.FindTypeByName<EnumDescriptor>(typeof(TEnum).Name)?.FindValueByNumber(number)?.Name
            ?? number.ToString(CultureInfo.InvariantCulture);
    }

    public static V1.EntityType ToProto(EntityType type) => type switch
    {
        EntityType.Person => V1.EntityType.Person,
        EntityType.Organization => V1.EntityType.Organization,
        EntityType.Location => V1.EntityType.Location,
        EntityType.Misc => V1.EntityType.Misc,
        _ => V1.EntityType.Unspecified,
    };

    public static V1.EntityMention ToProto(ResolvedMention mention) => new()
    {
        Text = mention.Text,
        CanonicalName = mention.CanonicalName,
        Type = ToProto(mention.Type),
        Start = mention.Start,
        End = mention.End,
    };

    public static V1.Entity ToProto(EntityInfo entity) => new()
    {
        CanonicalName = entity.DisplayName,
        Type = ToProto(entity.Id.Type),
        Aliases = { entity.Aliases },
        MentionCount = entity.Mentions,
        ParagraphCount = entity.Paragraphs,
        ArticleCount = entity.Articles,
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
        message.Entities.Add(hit.Entities.Select(ToProto));
        return message;
    }

    public static V1.Article ToProto(IndexedArticle indexed)
    {
        var article = indexed.Article;
        var message = new V1.Article
        {
            ArticleId = article.Id,
            Title = article.Title,
            Published = article.Published is { } published ? Timestamp.FromDateTimeOffset(published) : null,
            Url = article.Url ?? "",
        };
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            var paragraph = article.Paragraphs[i];
            message.Paragraphs.Add(new V1.Paragraph
            {
                Index = paragraph.Index,
                Kind = ToProto(paragraph.Kind),
                Text = paragraph.Text,
                Entities = { indexed.Mentions[i].Select(ToProto) },
            });
        }
        return message;
    }

    public static V1.RebuildIndexResponse ToProto(BuildResult result, (long Entities, long Mentions) totals) => new()
    {
        Entities = totals.Entities,
        Mentions = totals.Mentions,
        Articles = result.Articles,
        Paragraphs = result.Paragraphs,
        Skipped = { result.Skipped },
        Took = Duration.FromTimeSpan(result.Took),
    };

    public static V1.IndexStats ToProto(IndexStatistics statistics, (long Entities, long Mentions) totals) => new()
    {
        Entities = totals.Entities,
        Mentions = totals.Mentions,
        Articles = statistics.Articles,
        Paragraphs = statistics.Paragraphs,
        SizeBytes = statistics.SizeBytes,
        BuiltAt = statistics.BuiltAt is { } builtAt ? Timestamp.FromDateTimeOffset(builtAt) : null,
    };
}
