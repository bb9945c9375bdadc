using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Entities;
using Search.Core.Storage;

namespace Search.Core.Indexing;

/// <summary>
/// The paragraph index on disk and the searchers over its latest commit. Thread-safe: searches run
/// concurrently; writes (a rebuild, or a session of upserts and deletes) take turns; a refresh swaps
/// in a new commit atomically.
/// </summary>
public sealed class ParagraphIndex : IDisposable
{
    private readonly MappedDirectory _directory;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly System.Threading.Lock _openLock = new();
    private SearcherManager? _searchers;
    // Searchers a next page may return to, so that the pages of one search read one version of the index.
    private readonly SearcherLifetimeManager _versions = new();
    private readonly ArticleEntityAnnotator? _annotator;
    private int _rebuilding;

    /// <summary>Opens (without reading yet) the index folder at <paramref name="path"/>, creating the folder if needed.</summary>
    /// <param name="tagger">Finds the entities of every article written; null indexes no entities.</param>
    public ParagraphIndex(string path, IEntityTagger? tagger = null)
    {
        _annotator = tagger is null ? null : new ArticleEntityAnnotator(tagger);
        Path = System.IO.Path.GetFullPath(path);
        System.IO.Directory.CreateDirectory(Path);
        // Not FSDirectory.Open's MMapDirectory nor NIOFSDirectory: in Lucene.Net both pay a shared
        // lock or handle reference per read, so two searching cores fight over one cache line
        // (measured with MMap: 1,813 q/s on one thread fell to 922 on two). See MappedDirectory.
        _directory = new MappedDirectory(new DirectoryInfo(Path));
    }

    /// <summary>The absolute index folder.</summary>
    public string Path { get; }

    /// <summary>True when the folder holds a committed index.</summary>
    public bool Exists => DirectoryReader.IndexExists(_directory);

    /// <summary>
    /// True when there is an index to search. Once searchers are open this is a field read, not a
    /// directory listing, so a health check under load costs nothing (the listing was most of its CPU).
    /// </summary>
    public bool IsServing => Volatile.Read(ref _searchers) is not null || Exists;

    /// <summary>
    /// Replaces the whole index with the articles under <paramref name="seedsPath"/>. Throws
    /// <see cref="RebuildInProgressException"/> if a rebuild is already running (here or in another process);
    /// waits for a running upsert session to finish.
    /// </summary>
    public BuildResult Rebuild(string seedsPath, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _rebuilding, 1) == 1)
        {
            throw new RebuildInProgressException();
        }
        try
        {
            _writeGate.Wait(cancellationToken);
            try
            {
                var result = IndexBuilder.Build(seedsPath, _directory, _annotator, progress, cancellationToken);
                Refresh();
                return result;
            }
            catch (LockObtainFailedException e)
            {
                throw new RebuildInProgressException(e);
            }
            finally
            {
                _writeGate.Release();
            }
        }
        finally
        {
            Volatile.Write(ref _rebuilding, 0);
        }
    }

    /// <summary>
    /// How long a batch waits for another process (a `search-cli index` of the same folder) to finish writing
    /// before it gives up with <see cref="RebuildInProgressException"/>. Writers of this process wait their
    /// turn without a limit.
    /// </summary>
    internal TimeSpan OtherProcessWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Starts a batch of upserts and deletes, waiting for any running write to finish first.</summary>
    public async Task<IndexWriterSession> BeginWriteAsync(CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (true)
            {
                try
                {
                    // With no index yet (no seeds at start), the first upsert creates one.
                    var config = new IndexWriterConfig(IndexFormat.Lucene, IndexFormat.CreateAnalyzer())
                    {
                        OpenMode = OpenMode.CREATE_OR_APPEND,
                        Similarity = IndexFormat.CreateSimilarity(),
                        // No wait inside Lucene (a Thread.Sleep of 1 s by default): the loop below waits, cancellably.
                        WriteLockTimeout = 0,
                    };
                    var writer = new IndexWriter(_directory, config);
                    try
                    {
                        Refresh();
                        return new IndexWriterSession(this, writer, _annotator, () => _writeGate.Release());
                    }
                    catch
                    {
                        // Closing it would commit; rolling back releases the write lock and keeps nothing.
                        writer.Rollback();
                        throw;
                    }
                }
                catch (LockObtainFailedException e)
                {
                    // Past this process's own gate, the lock is another process's: wait for it as for our own writers.
                    if (waited.Elapsed >= OtherProcessWait)
                    {
                        throw new RebuildInProgressException(e);
                    }
                    await Task.Delay(OtherProcessPoll, cancellationToken);
                }
            }
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    private static readonly TimeSpan OtherProcessPoll = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a version of the index stays open for its next pages once a newer one serves.</summary>
    public static readonly TimeSpan VersionKeepAlive = TimeSpan.FromMinutes(10);

    /// <summary>Most superseded versions kept open for next pages (past it the oldest go first), which bounds the memory and files they hold.</summary>
    public const int MaxKeptVersions = 16;

    /// <summary>
    /// Picks up a commit made since the last refresh (by this process or another); cheap when there is none.
    /// Also releases the versions kept for next pages that have outlived <see cref="VersionKeepAlive"/>.
    /// </summary>
    public void Refresh()
    {
        var searchers = Searchers();
        if (searchers is null)
        {
            return;
        }
        searchers.MaybeRefreshBlocking();
        // Recorded as soon as it serves: an older version's age counts from the moment this one replaced it.
        var current = searchers.Acquire();
        try
        {
            _versions.Record(current);
        }
        finally
        {
            searchers.Release(current);
        }
        _versions.Prune(new KeepRecentVersions());
    }

    /// <summary>Runs <paramref name="use"/> with a searcher over the latest refreshed commit, released afterwards.</summary>
    public T Use<T>(Func<IndexSearcher, T> use)
    {
        var searchers = Searchers() ?? throw new IndexNotReadyException();
        var searcher = searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Runs <paramref name="use"/> with the searcher of <paramref name="version"/> (see <see cref="Keep"/>), or of
    /// the latest commit when it is null. Throws <see cref="IndexVersionExpiredException"/> when that version
    /// has been released.
    /// </summary>
    public T Use<T>(long? version, Func<IndexSearcher, T> use)
    {
        if (version is null)
        {
            return Use(use);
        }
        var searcher = _versions.Acquire(version.Value) ?? throw new IndexVersionExpiredException();
        try
        {
            return use(searcher);
        }
        finally
        {
            _versions.Release(searcher);
        }
    }

    /// <summary>
    /// Keeps the version <paramref name="searcher"/> reads open for next pages, until it has been superseded for
    /// <see cref="VersionKeepAlive"/>; returns the version to pass to <see cref="Use{T}(long?, Func{IndexSearcher, T})"/>.
    /// </summary>
    public long Keep(IndexSearcher searcher) => _versions.Record(searcher);

    /// <summary>Counts, size and build time of the commit being served.</summary>
    public IndexStatistics Statistics()
    {
        // A commit made since the last refresh may already have deleted files of the one served (its
        // segments_N at least): then the newer commit is the one to describe.
        // Under a stream of commits, the third attempt adds up the files that are still there.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Use(searcher => Statistics(searcher, skipMissing: attempt == 3));
            }
            catch (FileNotFoundException) when (attempt < 3)
            {
                Refresh();
            }
        }
    }

    private IndexStatistics Statistics(IndexSearcher searcher, bool skipMissing)
    {
        var reader = (DirectoryReader)searcher.IndexReader;
        var articles = searcher.Search(new TermQuery(new Term(FieldNames.Kind, KindTerms.Of(Articles.ParagraphKind.Headline))), 1).TotalHits;
        long size = 0;
        foreach (var file in reader.IndexCommit.FileNames)
        {
            try
            {
                size += _directory.FileLength(file);
            }
            catch (FileNotFoundException) when (skipMissing)
            {
            }
        }
        return new IndexStatistics(articles, reader.NumDocs, size, IndexCommits.BuiltAt(reader.IndexCommit), IndexCommits.EntitiesTagged(reader.IndexCommit));
    }

    /// <summary>The searchers, opened on the first call that finds a commit; null while there is none.</summary>
    private SearcherManager? Searchers()
    {
        // Once open, a field read: the refresh timer no longer lists the index folder every second.
        if (_searchers is not null)
        {
            return _searchers;
        }
        lock (_openLock)
        {
            if (_searchers is null && Exists)
            {
                _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            }
            return _searchers;
        }
    }

    public void Dispose()
    {
        _versions.Dispose();
        _searchers?.Dispose();
        _directory.Dispose();
        _writeGate.Dispose();
    }

    // Given the versions newest first, with how long each has been superseded (0 for the newest).
    private sealed class KeepRecentVersions : SearcherLifetimeManager.IPruner
    {
        private int _seen;

        public bool DoPrune(double ageSec, IndexSearcher searcher) => ++_seen > MaxKeptVersions + 1 || ageSec > VersionKeepAlive.TotalSeconds;
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = ParagraphSimilarity.For(reader) };
    }
}

/// <summary>Counts, size and build time of an index commit.</summary>
/// <param name="EntitiesTagged">Whether the last rebuild tagged entities; null for an index written before that was recorded.</param>
public sealed record IndexStatistics(long Articles, long Paragraphs, long SizeBytes, DateTimeOffset? BuiltAt, bool? EntitiesTagged);

/// <summary>Another rebuild holds the index.</summary>
public sealed class RebuildInProgressException(Exception? inner = null)
    : Exception("The index is being written (a rebuild, or changes, in this server or another process); try again when that has finished.", inner);

/// <summary>A rebuild found no article it could read; the index was left as it was.</summary>
public sealed class NoArticlesException(string seedsPath, int skipped)
    : IOException($"The seeds folder {seedsPath} has no article that could be read ({skipped} file(s) skipped); the index was left as it was.");

/// <summary>A next page asked for a version of the index that is no longer kept (<see cref="ParagraphIndex.VersionKeepAlive"/>).</summary>
public sealed class IndexVersionExpiredException() : Exception(
    $"has expired: the index has changed and the version it pages through was released (versions are kept {ParagraphIndex.VersionKeepAlive.TotalMinutes:0} minutes after a newer one serves, {ParagraphIndex.MaxKeptVersions} at most); search again without a page token");

/// <summary>There is no index to search yet.</summary>
public sealed class IndexNotReadyException() : Exception("The index has not been built yet.");
