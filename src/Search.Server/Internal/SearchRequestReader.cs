using Search.Contracts.V1;
using Search.Core.Analysis;
using Search.Core.Articles;
using ParagraphKind = Search.Core.Articles.ParagraphKind;
using Search.Core.Querying;
using EntityRef = Search.Core.Querying.EntityRef;

namespace Search.Server.Internal;

/// <summary>Validates a <see cref="SearchRequest"/> and turns it into a Core <see cref="SearchSpec"/>.</summary>
internal static class SearchRequestReader
{
    public const int MaxQueryLength = 1_000;
    public const int MaxQueryWords = 64;
    public const int MaxSlop = 100;
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;
    public const int MaxEntities = 10;

    public static SearchSpec Read(SearchRequest request)
    {
        var hasQuery = !string.IsNullOrWhiteSpace(request.Query);
        var hasPhrase = !string.IsNullOrWhiteSpace(request.Phrase);
        if (!hasQuery && !hasPhrase && request.Entities.Count == 0)
        {
            Errors.InvalidArgument("query", "query, phrase or entities must be given (all are blank)");
        }
        var entities = ReadEntities(request.Entities);
        CheckLength("query", request.Query);
        CheckLength("phrase", request.Phrase);
        CheckWordCount("query", request.Query);
        CheckWordCount("phrase", request.Phrase);
        if (request.Slop > MaxSlop)
        {
            Errors.InvalidArgument("slop", $"must be at most {MaxSlop}");
        }
        if (request.PageSize < 0)
        {
            Errors.InvalidArgument("page_size", "must not be negative");
        }
        if (request.ArticleId.Length > 0 && !ArticleIds.IsValid(request.ArticleId, out var idReason))
        {
            Errors.InvalidArgument("article_id", idReason);
        }
        var kinds = new HashSet<ParagraphKind>();
        foreach (var kind in request.Kinds)
        {
            kinds.Add(ProtoMapper.ToCore(kind, "kinds"));
        }
        var offset = 0;
        if (request.PageToken.Length > 0 && !PageTokens.TryRead(request.PageToken, Fingerprint(request), out offset))
        {
            Errors.InvalidArgument("page_token", "is not a page token this server issued for this request");
        }
        return new SearchSpec
        {
            Query = hasQuery ? request.Query : null,
            Phrase = hasPhrase ? request.Phrase : null,
            Slop = (int)request.Slop,
            ArticleId = request.ArticleId.Length > 0 ? request.ArticleId : null,
            Kinds = kinds,
            Offset = offset,
            Limit = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize),
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
            if (name.Length > MaxQueryLength)
            {
                Errors.InvalidArgument($"entities[{i}].name", $"must be at most {MaxQueryLength} characters");
            }
            refs.Add(new EntityRef(name, ProtoMapper.ToCoreOrAny(entities[i].Type, $"entities[{i}].type")));
        }
        return refs;
    }

    /// <summary>What a page token is bound to: everything that decides the ranking, not the page size.</summary>
    public static string Fingerprint(SearchRequest request) =>
        string.Join('\u001f', request.Query, request.Phrase, request.Slop, request.ArticleId, string.Join(',', request.Kinds.Order()),
            string.Join(',', request.Entities.Select(e => $"{e.Type}:{e.Name}")));

    public static void CheckWordCount(string field, string value)
    {
        var words = 0;
        var from = 0;
        while (WordScanner.TryNext(value, from, out _, out var end))
        {
            from = end;
            if (++words > MaxQueryWords)
            {
                Errors.InvalidArgument(field, $"must have at most {MaxQueryWords} words");
            }
        }
    }

    public static void CheckLength(string field, string value)
    {
        if (value.Length > MaxQueryLength)
        {
            Errors.InvalidArgument(field, $"must be at most {MaxQueryLength} characters (got {value.Length})");
        }
    }
}
