using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Cli.Commands;

/// <summary>`search --query TEXT | --phrase TEXT`: prints the top hits of the local index.</summary>
internal static class SearchCommand
{
    public static int Run(string[] args, CancellationToken cancellationToken)
    {
        var options = new Options(args, ["index", "query", "phrase", "size"]);
        if (options.Get("query") is null && options.Get("phrase") is null)
        {
            throw new ArgumentException("--query or --phrase is required");
        }
        var path = options.Get("index") ?? "index-data/index";
        var sizeText = options.Get("size") ?? "10";
        if (!int.TryParse(sizeText, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 1)
        {
            throw new ArgumentException($"--size must be a whole number from 1 (got '{sizeText}')");
        }
        // Checked before opening: opening creates the folder, and a mistyped path must not leave one behind.
        using var index = Directory.Exists(path) ? new ParagraphIndex(path) : null;
        if (index is not { Exists: true })
        {
            throw new DirectoryNotFoundException($"no index at '{path}'; build one with `search-cli index --source DIR --index {path}`");
        }
        var searcher = new ParagraphSearcher(index);
        SearchResult result;
        try
        {
            result = searcher.Search(new SearchSpec { Query = options.Get("query"), Phrase = options.Get("phrase"), Limit = size }, cancellationToken);
        }
        catch (InvalidSearchException invalid)
        {
            // A phrase of punctuation only, say: the option's mistake, reported as the server reports the field's.
            throw new ArgumentException($"--{invalid.Field}: {invalid.Reason}");
        }
        Console.WriteLine($"total={result.TotalHits} relaxed={result.Relaxed}");
        foreach (var hit in result.Hits)
        {
            Console.WriteLine($"{hit.Score,8:F3} {hit.ArticleId}#{hit.ParagraphIndex} {hit.Kind}: {hit.Snippet}");
        }
        return 0;
    }
}
