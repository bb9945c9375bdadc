using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Search.Core.Articles;
using Search.Core.Entities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Search.Core.Indexing;

/// <summary>What a build read and wrote.</summary>
public sealed record BuildResult(long Articles, long Paragraphs, IReadOnlyList<string> Skipped, TimeSpan Took);

/// <summary>
/// Builds a whole index from a folder of articles in one Lucene commit. Until that commit the previous
/// index stays the one readers see; if the build fails it is rolled back and nothing changes.
/// </summary>
public static class IndexBuilder
{
    /// <summary>Replaces the index in <paramref name="directory"/> with the articles under <paramref name="seedsPath"/>.</summary>
    /// <param name="progress">Told the number of articles indexed so far, every 500 articles.</param>
    /// <param name="annotator">Finds each article's entities; null indexes none.</param>
    public static BuildResult Build(
        string seedsPath, LuceneDirectory directory, ArticleEntityAnnotator? annotator, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = new ArticleSource(seedsPath);
        var config = new IndexWriterConfig(IndexFormat.Lucene, IndexFormat.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = IndexFormat.CreateSimilarity(),
            RAMBufferSizeMB = 256,
            UseCompoundFile = false,
        };
        using var writer = new IndexWriter(directory, config);
        long articles = 0, paragraphs = 0;
        try
        {
            // IndexWriter takes documents from several threads at once (one in-memory segment each);
            // reading and parsing stay on the enumerating thread, analysis runs on every core.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            Parallel.ForEach(
                Partitioner.Create(source.ReadAll(), EnumerablePartitionerOptions.NoBuffering),
                parallel,
                () => new ParagraphDocuments(),
                (article, _, documents) =>
                {
                    foreach (var document in documents.Build(article, annotator?.Annotate(article)))
                    {
                        writer.AddDocument(document);
                    }
                    Interlocked.Add(ref paragraphs, article.Paragraphs.Count);
                    if (Interlocked.Increment(ref articles) % 500 == 0)
                    {
                        progress?.Report(Volatile.Read(ref articles));
                    }
                    return documents;
                },
                _ => { });
            writer.SetCommitData(IndexCommits.Data(DateTimeOffset.UtcNow));
            writer.Commit();
        }
        catch (Exception e)
        {
            // Rollback drops everything since the last commit, so the previous index is what remains.
            writer.Rollback();
            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
            }
            throw;
        }
        progress?.Report(articles);
        return new BuildResult(articles, paragraphs, source.Skipped, stopwatch.Elapsed);
    }
}
