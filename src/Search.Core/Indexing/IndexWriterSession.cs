using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Indexing;

/// <summary>What an upsert did to an article.</summary>
public enum UpsertOutcome
{
    Added,
    Replaced,
}

/// <summary>
/// A batch of live changes to the index, made durable and visible together by <see cref="Commit"/>;
/// disposed without a commit, nothing of it is kept. Holds the index's write lock while open.
/// Not thread-safe: one caller drives a session.
/// </summary>
public sealed class IndexWriterSession : IDisposable
{
    private readonly ParagraphIndex _index;
    private readonly IndexWriter _writer;
    private readonly Action _release;
    private readonly ParagraphDocuments _documents = new();
    private readonly ArticleEntityAnnotator? _annotator;
    private readonly Dictionary<string, int> _present = new(StringComparer.Ordinal);
    private readonly HashSet<string> _absent = new(StringComparer.Ordinal);
    private bool _dirty;
    private bool _disposed;
    // Closing a writer commits; over a folder with no index yet, that would leave an empty index without our
    // format tag (after a delete of an unknown id, say), which the next start would set aside.
    private bool _hasCommit;

    internal IndexWriterSession(ParagraphIndex index, IndexWriter writer, ArticleEntityAnnotator? annotator, Action release)
    {
        _index = index;
        _writer = writer;
        _annotator = annotator;
        _release = release;
        _hasCommit = index.Exists;
    }

    /// <summary>Adds the article, or replaces all of its paragraphs at once if the id is already indexed.</summary>
    public UpsertOutcome Upsert(Article article)
    {
        var existed = ParagraphCount(article.Id) > 0;
        // UpdateDocuments deletes the old paragraphs and adds the new ones as one atomic block.
        _writer.UpdateDocuments(new Term(FieldNames.ArticleId, article.Id), _documents.Build(article, _annotator?.Annotate(article)).ToList());
        _present[article.Id] = article.Paragraphs.Count;
        _absent.Remove(article.Id);
        _dirty = true;
        return existed ? UpsertOutcome.Replaced : UpsertOutcome.Added;
    }

    /// <summary>Deletes every paragraph of the article; returns how many, 0 when there was no such article.</summary>
    public int Delete(string articleId)
    {
        var paragraphs = ParagraphCount(articleId);
        if (paragraphs == 0)
        {
            return 0;
        }
        _writer.DeleteDocuments(new Term(FieldNames.ArticleId, articleId));
        _absent.Add(articleId);
        _present.Remove(articleId);
        _dirty = true;
        return paragraphs;
    }

    /// <summary>Makes every change of the session durable (fsync'd) and visible to searches.</summary>
    public void Commit()
    {
        if (_dirty)
        {
            // Changes keep the last rebuild's time and tagging; the first commit of a new index is its build.
            (DateTimeOffset? BuiltAt, bool? Tagged) last = _index.Exists
                ? _index.Use(searcher => LastBuild(((DirectoryReader)searcher.IndexReader).IndexCommit))
                : (DateTimeOffset.UtcNow, _annotator is not null);
            _writer.SetCommitData(IndexCommits.Data(last.BuiltAt ?? DateTimeOffset.UtcNow, last.Tagged));
            _writer.Commit();
            _dirty = false;
            _hasCommit = true;
        }
        _index.Refresh();
    }

    private static (DateTimeOffset? BuiltAt, bool? Tagged) LastBuild(IndexCommit commit) =>
        (IndexCommits.BuiltAt(commit), IndexCommits.EntitiesTagged(commit));

    // Paragraphs the article has now, counting this session's uncommitted changes.
    private int ParagraphCount(string articleId)
    {
        if (_present.TryGetValue(articleId, out var count))
        {
            return count;
        }
        if (_absent.Contains(articleId) || !_index.Exists)
        {
            return 0;
        }
        return _index.Use(searcher => searcher.Search(new TermQuery(new Term(FieldNames.ArticleId, articleId)), 1).TotalHits);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            if (_dirty || !_hasCommit)
            {
                _writer.Rollback();
            }
            else
            {
                _writer.Dispose();
            }
        }
        finally
        {
            _release();
        }
    }
}
