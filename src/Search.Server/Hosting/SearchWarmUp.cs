using Google.Protobuf;
using Search.Contracts.V1;
using ParagraphSearcher = Search.Core.Querying.ParagraphSearcher;
using Search.Server.Internal;

namespace Search.Server.Hosting;

/// <summary>
/// A few requests through <see cref="SearchAnswers"/> before the server listens, as Solr's firstSearcher
/// queries do. Without them the first client waits about 0.2 s while the JIT compiles the search,
/// highlighting, messages and serialisation (measured with curl: 223–238 ms for the first phrase call,
/// 5–9 ms for the next). The requests come from the index itself, so any corpus warms the same way.
/// </summary>
internal static class SearchWarmUp
{
    // A query of exclusions only returns unscored paragraphs; these give the words for the other requests.
    private const string AnyParagraphs = "-warmup";

    /// <summary>Runs the requests and returns how many ran: 1 for an empty index, up to 6.</summary>
    public static int Run(ParagraphSearcher searcher, TimeSpan budget, CancellationToken cancellationToken)
    {
        var any = Answer(SearchAnswers.Search(searcher, new SearchRequest { Query = AnyParagraphs }, budget, cancellationToken));
        var ran = 1;
        if (any.Hits.Count == 0)
        {
            return ran;
        }
        if (FirstTwoWords(any.Hits[0].Text) is { } words)
        {
            Answer(SearchAnswers.Search(searcher, new SearchRequest { Phrase = words }, budget, cancellationToken));
            Answer(SearchAnswers.Search(searcher, new SearchRequest { Query = words }, budget, cancellationToken));
            ran += 2;
        }
        Answer(SearchAnswers.GetArticle(searcher, new GetArticleRequest { ArticleId = any.Hits[0].ArticleId }));
        var entities = Answer(SearchAnswers.ListEntities(searcher, new ListEntitiesRequest { PageSize = 1 }, budget, cancellationToken));
        ran += 2;
        if (entities.Entities.Count > 0)
        {
            var top = entities.Entities[0];
            Answer(SearchAnswers.Search(searcher, new SearchRequest { Entities = { new EntityRef { Name = top.CanonicalName, Type = top.Type } } }, budget, cancellationToken));
            ran++;
        }
        return ran;
    }

    // Serialised as gRPC would, so that code is compiled too.
    private static T Answer<T>(T message) where T : IMessage
    {
        _ = message.ToByteArray();
        return message;
    }

    /// <summary>Two neighbouring words of letters only (so the pair is a phrase the text holds), or null.</summary>
    internal static string? FirstTwoWords(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < parts.Length; i++)
        {
            if (parts[i].All(char.IsLetter) && parts[i + 1].All(char.IsLetter))
            {
                return $"{parts[i]} {parts[i + 1]}";
            }
        }
        return null;
    }
}
