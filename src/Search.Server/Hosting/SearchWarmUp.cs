using Google.Protobuf;
using Search.Contracts.V1;
using ParagraphSearcher = Search.Core.Querying.ParagraphSearcher;
using Search.Server.Internal;

namespace Search.Server.Hosting;

/// <summary>
/// A few requests through <see cref="SearchAnswers"/> before the server listens, as Solr's firstSearcher
/// queries do. Without them the first call of each kind waits while the JIT compiles the search,
/// highlighting, messages and serialisation: over curl, after a health check, the first phrase call took
/// 81–90 ms (10.5–11.7 ms with them) and the first free-text call 30.7 ms (3.0–3.4 ms). The very first call
/// still compiles Kestrel's HTTP/2 and the gRPC pipeline, about 0.15 s. The requests come from the index
/// itself, so any corpus warms the same way.
/// </summary>
internal static class SearchWarmUp
{
    /// <summary>
    /// Longer than any client's budget: the first searches also wait for the JIT, which is what they are for,
    /// and a server configured with a tight budget should still warm up.
    /// </summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    // A query of exclusions only returns unscored paragraphs; these give the words for the other requests.
    private const string AnyParagraphs = "-warmup";

    // A word no paragraph has, so a query with it is relaxed.
    private const string RelaxingWord = "qqwarmupqq";

    /// <summary>Runs the requests; an empty index gets one, a full one twelve.</summary>
    public static WarmUpResult Run(ParagraphSearcher searcher, CancellationToken cancellationToken)
    {
        var requests = 0;
        var answered = 0;
        // Serialised as gRPC would, so that code is compiled too; answered if it holds any results.
        void Count(IMessage answer, int results)
        {
            _ = answer.ToByteArray();
            requests++;
            answered += results > 0 ? 1 : 0;
        }

        var any = SearchAnswers.Search(searcher, new SearchRequest { Query = AnyParagraphs }, Budget, cancellationToken);
        Count(any, any.Hits.Count);
        if (any.Hits.Count == 0)
        {
            return new WarmUpResult(requests, answered);
        }
        if (FirstTwoWords(any.Hits[0].Text) is { } words)
        {
            var first = words[..words.IndexOf(' ')];
            // The phrase, exact and with slop; the same words as free text, and the other ways a free-text word
            // is read: a prefix, a fuzzy word, and a query relaxed because no paragraph has its made-up second word.
            foreach (var request in new[]
            {
                new SearchRequest { Phrase = words },
                new SearchRequest { Phrase = words, Slop = 1 },
                new SearchRequest { Query = words },
                new SearchRequest { Query = $"{first[..Math.Min(3, first.Length)]}*" },
                new SearchRequest { Query = $"{first}~1" },
                new SearchRequest { Query = $"{first} {RelaxingWord}" },
            })
            {
                var answer = SearchAnswers.Search(searcher, request, Budget, cancellationToken);
                Count(answer, answer.Hits.Count);
            }
            var facet = SearchAnswers.ListEntities(searcher, new ListEntitiesRequest { Query = words, PageSize = 1 }, Budget, cancellationToken);
            Count(facet, facet.Entities.Count);
        }
        var article = SearchAnswers.GetArticle(searcher, new GetArticleRequest { ArticleId = any.Hits[0].ArticleId });
        Count(article, article.Paragraphs.Count);
        var entities = SearchAnswers.ListEntities(searcher, new ListEntitiesRequest { PageSize = 1 }, Budget, cancellationToken);
        Count(entities, entities.Entities.Count);
        if (entities.Entities.Count > 0)
        {
            var top = entities.Entities[0];
            var entity = SearchAnswers.Search(searcher, new SearchRequest { Entities = { new EntityRef { Name = top.CanonicalName, Type = top.Type } } }, Budget, cancellationToken);
            Count(entity, entity.Hits.Count);
            // Sorts the entities' names for prefix listing, which this searcher's catalog then keeps.
            var named = SearchAnswers.ListEntities(searcher, new ListEntitiesRequest { Prefix = top.CanonicalName, PageSize = 1 }, Budget, cancellationToken);
            Count(named, named.Entities.Count);
        }
        return new WarmUpResult(requests, answered);
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

/// <summary>How many warm-up requests ran, and how many of them found something.</summary>
internal readonly record struct WarmUpResult(int Requests, int Answered);
