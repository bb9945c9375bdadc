using Search.Contracts.V1;
using Search.Core.Analysis;
using Search.Core.Querying;

namespace Search.Server.Internal;

/// <summary>Validates a <see cref="ListEntitiesRequest"/> and turns it into a Core <see cref="EntityListSpec"/>.</summary>
internal static class EntityListRequestReader
{
    public static EntityListSpec Read(ListEntitiesRequest request)
    {
        var type = ProtoMapper.ToCoreOrAny(request.Type, "type");
        RequestFields.CheckText("query", request.Query, freeTextSyntax: true);
        RequestFields.CheckText("phrase", request.Phrase);
        RequestFields.CheckNotBlank("query", request.Query, "to count over every paragraph");
        RequestFields.CheckNotBlank("phrase", request.Phrase, "to count over every paragraph");
        RequestFields.CheckLength("prefix", request.Prefix);
        if (request.Prefix.Length > 0 && WordScanner.Terms(request.Prefix).Length == 0)
        {
            // `*`, `😀` or a space would otherwise fold to nothing and list every entity.
            Errors.InvalidArgument("prefix", "has no letters or digits to match");
        }
        // The entity list is not a ranking to cut off: its pages reach the last entity.
        var (page, limit) = RequestFields.Page(request.PageSize, request.PageToken, Fingerprint(request), int.MaxValue);
        return new EntityListSpec
        {
            Type = type,
            Prefix = request.Prefix.Length == 0 ? null : request.Prefix,
            ArticleId = RequestFields.ArticleIdOrNull(request.ArticleId),
            Query = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query,
            Phrase = string.IsNullOrWhiteSpace(request.Phrase) ? null : request.Phrase,
            Offset = page.Offset,
            Limit = limit,
            IndexVersion = page.IndexVersion,
        };
    }

    public static string Fingerprint(ListEntitiesRequest request) =>
        string.Join('\u001f', "entities", request.Type, request.Prefix, request.ArticleId, request.Query, request.Phrase);
}
