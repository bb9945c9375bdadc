using Search.Contracts.V1;
using Search.Core.Articles;
using Search.Core.Querying;

namespace Search.Server.Internal;

/// <summary>Validates a <see cref="ListEntitiesRequest"/> and turns it into a Core <see cref="EntityListSpec"/>.</summary>
internal static class EntityListRequestReader
{
    public static EntityListSpec Read(ListEntitiesRequest request)
    {
        var type = ProtoMapper.ToCoreOrAny(request.Type, "type");
        SearchRequestReader.CheckLength("query", request.Query);
        SearchRequestReader.CheckLength("phrase", request.Phrase);
        SearchRequestReader.CheckWordCount("query", request.Query);
        SearchRequestReader.CheckWordCount("phrase", request.Phrase);
        SearchRequestReader.CheckLength("prefix", request.Prefix);
        if (request.PageSize < 0)
        {
            Errors.InvalidArgument("page_size", "must not be negative");
        }
        if (request.ArticleId.Length > 0 && !ArticleIds.IsValid(request.ArticleId, out var idReason))
        {
            Errors.InvalidArgument("article_id", idReason);
        }
        var offset = 0;
        if (request.PageToken.Length > 0 && !PageTokens.TryRead(request.PageToken, Fingerprint(request), out offset))
        {
            Errors.InvalidArgument("page_token", "is not a page token this server issued for this request");
        }
        var phrase = string.IsNullOrWhiteSpace(request.Phrase) ? null : request.Phrase;
        return new EntityListSpec
        {
            Type = type,
            Prefix = string.IsNullOrWhiteSpace(request.Prefix) ? null : request.Prefix,
            ArticleId = request.ArticleId.Length > 0 ? request.ArticleId : null,
            Query = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query,
            Phrase = phrase,
            Offset = offset,
            Limit = request.PageSize == 0 ? SearchRequestReader.DefaultPageSize : Math.Min(request.PageSize, SearchRequestReader.MaxPageSize),
        };
    }

    public static string Fingerprint(ListEntitiesRequest request) =>
        string.Join('\u001f', "entities", request.Type, request.Prefix, request.ArticleId, request.Query, request.Phrase);
}
