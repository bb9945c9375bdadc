using Search.Contracts.V1;
using Search.Core.Analysis;
using ParagraphKind = Search.Core.Articles.ParagraphKind;
using Search.Core.Querying;
using EntityRef = Search.Core.Querying.EntityRef;

namespace Search.Server.Internal;

/// <summary>Validates a <see cref="SearchRequest"/> and turns it into a Core <see cref="SearchSpec"/>.</summary>
internal static class SearchRequestReader
{
    public const int MaxSlop = 100;
    public const int MaxEntities = 10;

    public static SearchSpec Read(SearchRequest request)
    {
        var hasQuery = !string.IsNullOrWhiteSpace(request.Query);
        var hasPhrase = !string.IsNullOrWhiteSpace(request.Phrase);
        if (!hasQuery && !hasPhrase && request.Entities.Count == 0)
        {
            // Name the field the client filled with blanks, if it was the phrase alone.
            var field = request.Query.Length == 0 && request.Phrase.Length > 0 ? "phrase" : "query";
            Errors.InvalidArgument(field, "query, phrase or entities must be given (all are blank)");
        }
        var entities = ReadEntities(request.Entities);
        RequestFields.CheckText("query", request.Query, freeTextSyntax: true);
        RequestFields.CheckText("phrase", request.Phrase);
        if (request.Slop > MaxSlop)
        {
            Errors.InvalidArgument("slop", $"must be at most {MaxSlop}");
        }
        if (request.Slop > 0 && !hasPhrase)
        {
            // Silently ignored, it would read as an unsloppy phrase search the client did not ask for.
            Errors.InvalidArgument("slop", "applies to `phrase` only (in `query`, write \"a phrase\"~2)");
        }
        var articleId = RequestFields.ArticleIdOrNull(request.ArticleId);
        var kinds = new HashSet<ParagraphKind>();
        foreach (var kind in request.Kinds)
        {
            kinds.Add(ProtoMapper.ToCore(kind, "kinds"));
        }
        var (page, limit) = RequestFields.Page(request.PageSize, request.PageToken, Fingerprint(request), PageTokens.MaxSearchDepth);
        return new SearchSpec
        {
            Query = hasQuery ? request.Query : null,
            Phrase = hasPhrase ? request.Phrase : null,
            Slop = (int)request.Slop,
            ArticleId = articleId,
            Kinds = kinds,
            Offset = page.Offset,
            Limit = limit,
            IndexVersion = page.IndexVersion,
            Entities = entities,
        };
    }

    private static List<EntityRef> ReadEntities(IReadOnlyList<Contracts.V1.EntityRef> entities)
    {
        if (entities.Count > MaxEntities)
        {
            Errors.InvalidArgument("entities", $"must list at most {MaxEntities} entities (got {entities.Count})");
        }
        var refs = new List<EntityRef>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            var name = entities[i].Name;
            if (string.IsNullOrWhiteSpace(name) || !WordScanner.TryNext(name, 0, out _, out _))
            {
                Errors.InvalidArgument($"entities[{i}].name", "must name an entity (it is blank or has no words)");
            }
            RequestFields.CheckLength($"entities[{i}].name", name);
            refs.Add(new EntityRef(name, ProtoMapper.ToCoreOrAny(entities[i].Type, $"entities[{i}].type")));
        }
        return refs;
    }

    /// <summary>What a page token is bound to: everything that decides the ranking, not the page size.</summary>
    public static string Fingerprint(SearchRequest request) =>
        string.Join('\u001f', request.Query, request.Phrase, request.Slop, request.ArticleId, string.Join(',', request.Kinds.Order()),
            string.Join(',', request.Entities.Select(e => $"{e.Type}:{e.Name}")));
}
