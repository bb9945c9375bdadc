using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Cli.Commands;

/// <summary>`search --query TEXT | --phrase TEXT`: prints the top hits of the local index.</summary>
internal static class SearchCommand
{
    public static int Run(string[] args, CancellationToken cancellationToken)
    {
        var options = new Options(args);
        using var index = new ParagraphIndex(options.Get("index") ?? "index-data/index");
        var searcher = new ParagraphSearcher(index);
        var result = searcher.Search(new SearchSpec
        {
            Query = options.Get("query"),
            Phrase = options.Get("phrase"),
            Limit = int.Parse(options.Get("size") ?? "10", System.Globalization.CultureInfo.InvariantCulture),
        }, cancellationToken);
        Console.WriteLine($"total={result.TotalHits} relaxed={result.Relaxed}");
        foreach (var hit in result.Hits)
        {
            Console.WriteLine($"{hit.Score,8:F3} {hit.ArticleId}#{hit.ParagraphIndex} {hit.Kind}: {hit.Snippet}");
        }
        return 0;
    }
}
