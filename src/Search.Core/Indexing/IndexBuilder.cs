using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Search.Core.Articles;
using Search.Core.Entities;
using Lucene.Net.Store;

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
        string seedsPath, FSDirectory directory, ArticleEntityAnnotator? annotator, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = new ArticleSource(seedsPath);
        // Without tagging, reading is light and a second writer thread uses the second core; tagging keeps
        // both cores busy, and a second writer only competes with it.
        var writerThreads = annotator is null ? Math.Min(2, Environment.ProcessorCount) : 1;
        // Opened first: its write lock keeps every other writer (and builder) out of the folder, scratch included.
        // From here on every failure must reach Rollback: a CREATE writer disposed without it commits an empty index.
        using var writer = new IndexWriter(directory, CreateConfig(writerThreads));
        var scratchRoot = Path.Combine(directory.Directory.FullName, ScratchFolder);
        ScratchDirectory[] scratches = [];
        long articles = 0, paragraphs = 0;
        // Stops the producer when this thread fails, so it never waits forever on a full queue.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            // What a killed build left behind; a file that cannot be deleted fails this build, not the index.
            DeleteScratch(scratchRoot);
            scratches = Enumerable.Range(0, writerThreads)
                .Select(i => new ScratchDirectory(new DirectoryInfo(Path.Combine(scratchRoot, i.ToString(CultureInfo.InvariantCulture)))))
                .ToArray();
            // A pipeline: reading, parsing and entity tagging run on other threads while each writer thread
            // builds one segment in a scratch folder of its own, flushing it itself at the end. One shared
            // IndexWriter would flush every thread's segment on the committing thread, one after the other:
            // on the Reuters corpus that was 2 s of one busy core at the end of a 7 s build.
            using var prepared = new BlockingCollection<(Article Article, IReadOnlyList<IReadOnlyList<EntityMention>>? Mentions)>(boundedCapacity: 512);
            // Threads of their own, not pool threads: the pool starts with one per core and adds more only
            // after a delay, so the third of these loops waited, and for the first second of a Reuters build
            // only 1.2 of the 2 cores were busy.
            var producer = StartLoop(() => Prepare(source, annotator, prepared, stop.Token));
            var segmentWriters = scratches
                .Select(scratch => StartLoop(() => WriteSegment(prepared, scratch, writerThreads, ref articles, ref paragraphs, progress, stop)))
                .ToArray();
            Task.WaitAll(segmentWriters, CancellationToken.None);
            producer.GetAwaiter().GetResult();
            if (articles == 0)
            {
                // An emptied or mistyped seeds folder must not wipe the index it would replace.
                throw new NoArticlesException(seedsPath, source.Skipped.Count);
            }
            // Adds the finished segments as they are (no merge), then makes them the index in one commit.
            writer.AddIndexes(scratches);
            writer.SetCommitData(IndexCommits.Data(DateTimeOffset.UtcNow, annotator is not null));
            writer.Commit();
        }
        catch (Exception e)
        {
            stop.Cancel();
            // Rollback drops everything since the last commit, so the previous index is what remains.
            writer.Rollback();
            if (e is AggregateException { InnerExceptions.Count: >= 1 } aggregate)
            {
                // The first real failure, not the cancellations it caused in the other threads.
                var cause = aggregate.Flatten().InnerExceptions.FirstOrDefault(inner => inner is not OperationCanceledException) ?? aggregate.InnerExceptions[0];
                ExceptionDispatchInfo.Capture(cause).Throw();
            }
            throw;
        }
        finally
        {
            foreach (var scratch in scratches)
            {
                scratch.Dispose();
            }
            TryDeleteScratch(scratchRoot);
        }
        progress?.Report(articles);
        return new BuildResult(articles, paragraphs, source.Skipped, stopwatch.Elapsed);
    }

    /// <summary>Where the writer threads build their segments, inside the index folder (Lucene lists files only, never folders).</summary>
    internal const string ScratchFolder = ".building";

    private static Task StartLoop(Action loop) =>
        Task.Factory.StartNew(loop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    // The writers share 256 MB of buffer, as the threads of one writer did.
    private static IndexWriterConfig CreateConfig(int writers) => new(IndexFormat.Lucene, IndexFormat.CreateAnalyzer())
    {
        OpenMode = OpenMode.CREATE,
        Similarity = IndexFormat.CreateSimilarity(),
        RAMBufferSizeMB = 256.0 / writers,
        UseCompoundFile = false,
    };

    private static void DeleteScratch(string scratchRoot)
    {
        if (System.IO.Directory.Exists(scratchRoot))
        {
            System.IO.Directory.Delete(scratchRoot, recursive: true);
        }
    }

    // After the commit (or the rollback) the outcome is decided; a leftover is cleared by the next build,
    // and must neither turn a committed build into a reported failure nor hide the real error of a failed one.
    private static void TryDeleteScratch(string scratchRoot)
    {
        try
        {
            DeleteScratch(scratchRoot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void WriteSegment(
        BlockingCollection<(Article Article, IReadOnlyList<IReadOnlyList<EntityMention>>? Mentions)> prepared,
        ScratchDirectory scratch,
        int writers,
        ref long articles,
        ref long paragraphs,
        IProgress<long>? progress,
        CancellationTokenSource stop)
    {
        try
        {
            using var writer = new IndexWriter(scratch, CreateConfig(writers));
            try
            {
                var documents = new ParagraphDocuments(reuseFields: true);
                foreach (var (article, mentions) in prepared.GetConsumingEnumerable(stop.Token))
                {
                    foreach (var document in documents.Build(article, mentions))
                    {
                        writer.AddDocument(document);
                        Interlocked.Increment(ref paragraphs);
                    }
                    var done = Interlocked.Increment(ref articles);
                    if (done % 500 == 0)
                    {
                        progress?.Report(done);
                    }
                }
                writer.Commit();
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }
        catch
        {
            // The producer and the other writer stop too, so nothing waits on a queue no one drains.
            stop.Cancel();
            throw;
        }
    }

    /// <summary>
    /// A writer thread's folder. Its files move into the index already on disk (Lucene.Net syncs each
    /// file as it closes it). After a crash, the next build deletes whatever is left here.
    /// </summary>
    private sealed class ScratchDirectory(DirectoryInfo path) : NIOFSDirectory(path)
    {
        /// <summary>
        /// <see cref="IndexWriter.AddIndexes(Lucene.Net.Store.Directory[])"/> copies each file byte by byte,
        /// checksumming it again; a scratch file is never read after that, so it is renamed into the index
        /// instead (same file system: the index folder holds the scratch folder).
        /// </summary>
        public override void Copy(Lucene.Net.Store.Directory to, string src, string dest, IOContext context)
        {
            if (to is FSDirectory index)
            {
                File.Move(Path.Combine(Directory.FullName, src), Path.Combine(index.Directory.FullName, dest));
                return;
            }
            base.Copy(to, src, dest, context);
        }
    }

    private static void Prepare(
        ArticleSource source,
        ArticleEntityAnnotator? annotator,
        BlockingCollection<(Article, IReadOnlyList<IReadOnlyList<EntityMention>>?)> prepared,
        CancellationToken cancellationToken)
    {
        try
        {
            if (annotator is null)
            {
                foreach (var article in source.ReadAll())
                {
                    prepared.Add((article, null), cancellationToken);
                }
                return;
            }
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
            Parallel.ForEach(
                Partitioner.Create(source.ReadAll(), EnumerablePartitionerOptions.NoBuffering),
                parallel,
                article => prepared.Add((article, annotator.Annotate(article)), cancellationToken));
        }
        finally
        {
            prepared.CompleteAdding();
        }
    }
}
