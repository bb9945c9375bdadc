using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Querying;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Where the time goes, by subtraction: each stage runs alone and then with the stages after it, so
/// the difference between two rows is the cost of the stage added. Stopwatch only, so it runs where
/// no profiler is installed.
/// </summary>
internal static class ProfileCommand
{
    private const int SearchPasses = 3;

    public static void Run(BenchmarkOptions options)
    {
        ProfileBuild(options);
        ProfileSearch(options);
    }

    private static void ProfileBuild(BenchmarkOptions options)
    {
        var table = new MarkdownTable("build stage (cumulative)", "seconds", "allocated GB");
        // Read once untimed: the first read pays for JIT and the OS page cache.
        Measure(() => ReadArticles(options.Corpus).Count());
        var (read, readBytes) = Measure(() => ReadArticles(options.Corpus).Count());
        table.Add("read and structure articles (ArticleSource)", Format.Seconds(read), Gigabytes(readBytes));
        var exact = new ExactAnalyzer();
        var stemmed = new StemmedAnalyzer();
        var (analyse, analyseBytes) = Measure(() => ReadArticles(options.Corpus).Sum(p => Tokens(exact, p.Text) + Tokens(stemmed, p.Text)));
        table.Add("+ exact and stemmed analysis of every paragraph", Format.Seconds(analyse), Gigabytes(analyseBytes));
        var (analyseExactOnly, _) = Measure(() => ReadArticles(options.Corpus).Sum(p => Tokens(exact, p.Text)));
        table.Add("  (read + exact analysis only)", Format.Seconds(analyseExactOnly), "");
        var scratch = Path.Combine(Path.GetTempPath(), "search-bench-profile-" + Environment.ProcessId);
        try
        {
            var (build, buildBytes) = Measure(() =>
            {
                using var index = new Search.Core.Indexing.ParagraphIndex(scratch);
                return index.Rebuild(options.Corpus, null, CancellationToken.None).Paragraphs;
            });
            table.Add("full build (IndexBuilder: + documents, inverting, doc values, stored fields, commit)", Format.Seconds(build), Gigabytes(buildBytes));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
        Console.WriteLine("## Profile: index build");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    private static void ProfileSearch(BenchmarkOptions options)
    {
        var phrases = PhraseSet.Load(options.Phrases).Phrases;
        using var index = ReutersIndex.Open(options);
        var searcher = new ParagraphSearcher(index);
        var lucene = LuceneOnly.Prepare(index, phrases);
        var full = phrases.Select(p => new SearchSpec { Phrase = p.Phrase, Limit = 10 }).ToArray();
        var countOnly = phrases.Select(p => new SearchSpec { Phrase = p.Phrase, Limit = 0 }).ToArray();
        var hitTexts = full.Select(spec => searcher.Search(spec, CancellationToken.None).Hits.Select(h => h.Text).ToArray()).ToArray();
        var stages = new (string Name, Func<int, bool> Query)[]
        {
            ("split the phrase into words (WordScanner.Words)", i => WordScanner.Words(phrases[i].Phrase).Count >= 0),
            ("Lucene.Net PhraseQuery, TopScoreDocCollector top 10, ids only", i => lucene.TopTen(i, loadText: false)),
            ("  + read the text of the 10 hits", i => lucene.TopTen(i, loadText: true)),
            ("ParagraphSearcher.Search, Limit = 0 (prepare + count, our collector)", i => searcher.Search(countOnly[i], CancellationToken.None).TotalHits >= 0),
            ("ParagraphSearcher.Search, Limit = 10 (+ rank, stored text, highlights, snippets)", i => searcher.Search(full[i], CancellationToken.None).TotalHits >= 0),
            ("word-split the 10 hit texts alone (first step of highlighting)", i => hitTexts[i].Sum(t => WordScanner.Words(t).Count) >= 0),
        };
        var table = new MarkdownTable("phrase search stage, 1 thread", "µs/query", "KB allocated/query");
        foreach (var (name, query) in stages)
        {
            RunPasses(phrases.Count, 1, query);
            var (seconds, bytes) = Measure(() => RunPasses(phrases.Count, SearchPasses, query));
            var queries = phrases.Count * SearchPasses;
            table.Add(name, (seconds * 1e6 / queries).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), Format.Kilobytes(bytes / 1024.0 / queries));
        }
        Console.WriteLine("## Profile: phrase search");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    private static IEnumerable<ArticleParagraph> ReadArticles(string corpus) =>
        new ArticleSource(corpus).ReadAll().SelectMany(a => a.Paragraphs);

    private static int Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var count = 0;
        while (stream.IncrementToken())
        {
            count += term.Length > 0 ? 1 : 0;
        }
        stream.End();
        return count;
    }

    private static int RunPasses(int count, int passes, Func<int, bool> query)
    {
        var ok = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            for (var i = 0; i < count; i++)
            {
                ok += query(i) ? 1 : 0;
            }
        }
        return ok;
    }

    private static (double Seconds, long AllocatedBytes) Measure<T>(Func<T> action)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        action();
        return (stopwatch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    private static string Gigabytes(long bytes) => (bytes / 1e9).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
