using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public class RebuildTests
{
    /// <summary>Calls back on the first progress report, which a build makes after its first 500 articles.</summary>
    private sealed class OnFirstReport(Action action) : IProgress<long>
    {
        private bool _done;

        public void Report(long value)
        {
            if (!_done)
            {
                _done = true;
                action();
            }
        }
    }

    private static string ManyArticles(TempFolder folder, int count)
    {
        var seeds = folder.Combine("many");
        Directory.CreateDirectory(seeds);
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(seeds, $"m{i:D4}.txt"), $"Grain report {i}\nGrain shipments rose for week {i}.");
        }
        return seeds;
    }

    [Fact]
    public void Searches_during_a_rebuild_see_the_previous_index_and_a_second_rebuild_is_refused()
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        var searcher = new ParagraphSearcher(index);
        long duringOld = -1, duringNew = -1;
        Exception? second = null;

        var result = index.Rebuild(ManyArticles(folder, 600), new OnFirstReport(() =>
        {
            duringOld = searcher.Search(new SearchSpec { Phrase = "Kim Jong Un" }, CancellationToken.None).TotalHits;
            duringNew = searcher.Search(new SearchSpec { Phrase = "grain shipments" }, CancellationToken.None).TotalHits;
            second = Record.Exception(() => index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None));
        }), CancellationToken.None);

        Assert.Equal((5, 0), (duringOld, duringNew));
        Assert.IsType<RebuildInProgressException>(second);
        Assert.Equal(600, result.Articles);
        Assert.Equal(600, searcher.Search(new SearchSpec { Phrase = "grain shipments" }, CancellationToken.None).TotalHits);
        Assert.Equal(0, searcher.Search(new SearchSpec { Phrase = "Kim Jong Un" }, CancellationToken.None).TotalHits);
    }

    [Fact]
    public void Cancelled_rebuild_rolls_back_to_the_previous_index()
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            index.Rebuild(ManyArticles(folder, 600), new OnFirstReport(cancellation.Cancel), cancellation.Token));

        using var reopened = new ParagraphIndex(folder.Combine("index"));
        Assert.Equal(5, new ParagraphSearcher(reopened).Search(new SearchSpec { Phrase = "Kim Jong Un" }, CancellationToken.None).TotalHits);
        Assert.Equal(IndexCondition.Healthy, IndexInspector.Inspect(folder.Combine("index")).Condition);
        Assert.False(Directory.Exists(Path.Combine(folder.Combine("index"), ".building")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_rebuild_from_a_folder_with_no_readable_article_is_refused_and_keeps_the_index(bool withUnreadableFile)
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        var empty = folder.Combine("empty");
        Directory.CreateDirectory(empty);
        if (withUnreadableFile)
        {
            File.WriteAllBytes(Path.Combine(empty, "binary.txt"), [0xFF, 0xFE, 0x00, 0x01]);
        }

        var error = Assert.Throws<NoArticlesException>(() => index.Rebuild(empty, null, CancellationToken.None));

        Assert.Equal($"The seeds folder {empty} has no article that could be read ({(withUnreadableFile ? 1 : 0)} file(s) skipped); the index was left as it was.", error.Message);
        Assert.Equal(5, new ParagraphSearcher(index).Search(new SearchSpec { Phrase = "Kim Jong Un" }, CancellationToken.None).TotalHits);
        Assert.Equal(IndexCondition.Healthy, IndexInspector.Inspect(folder.Combine("index")).Condition);
    }

    [Fact]
    public void A_rebuild_clears_what_a_killed_build_left_in_the_scratch_folder_and_leaves_nothing_there_itself()
    {
        using var folder = new TempFolder();
        var scratch = Path.Combine(folder.Combine("index"), ".building", "0");
        Directory.CreateDirectory(scratch);
        File.WriteAllText(Path.Combine(scratch, "_0.fdt"), "half a segment");
        File.WriteAllText(Path.Combine(scratch, "write.lock"), "");
        File.WriteAllText(folder.Combine("index/write.lock"), "");
        Assert.Equal(IndexCondition.Missing, IndexInspector.Inspect(folder.Combine("index")).Condition);
        using var index = new ParagraphIndex(folder.Combine("index"));

        var result = index.Rebuild(ManyArticles(folder, 600), null, CancellationToken.None);

        Assert.Equal((600, 1200), (result.Articles, result.Paragraphs));
        Assert.False(Directory.Exists(Path.Combine(folder.Combine("index"), ".building")));
        Assert.Equal(600, new ParagraphSearcher(index).Search(new SearchSpec { Phrase = "grain shipments" }, CancellationToken.None).TotalHits);
        Assert.Equal(IndexCondition.Healthy, IndexInspector.Inspect(folder.Combine("index")).Condition);
    }

    [Fact]
    public void A_word_longer_than_Lucene_accepts_as_a_term_is_cut_not_a_failed_build()
    {
        using var folder = new TempFolder();
        var seeds = folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        var immense = new string('q', 40_000);
        File.WriteAllText(Path.Combine(seeds, "long.txt"), $"Headline with a blob\nPresident Reagan wrote {immense} in Washington.\n{immense.ToUpperInvariant()}");
        using var index = new ParagraphIndex(folder.Combine("index"), Search.Core.Entities.RecognizerTagger.Default);

        var result = index.Rebuild(seeds, null, CancellationToken.None);

        Assert.Equal((1, 3), (result.Articles, result.Paragraphs));
        var searcher = new ParagraphSearcher(index);
        Assert.Equal(2, searcher.Search(new SearchSpec { Phrase = new string('q', 255) }, CancellationToken.None).TotalHits);
        Assert.Equal(1, searcher.Search(new SearchSpec { Phrase = "reagan wrote " + new string('q', 255) }, CancellationToken.None).TotalHits);
        Assert.Equal(1, searcher.Search(new SearchSpec { Phrase = new string('q', 40_000 % 255) + " in washington" }, CancellationToken.None).TotalHits);
    }

    [Fact]
    public async Task A_batch_waits_for_another_writer_of_the_folder_and_gives_up_after_its_limit()
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        // A second opener of the folder holds its write lock, as `search-cli index` in another process would.
        using var other = new ParagraphIndex(folder.Combine("index"));
        Task<IndexWriterSession> waiting;
        using (await other.BeginWriteAsync(CancellationToken.None))
        {
            waiting = index.BeginWriteAsync(CancellationToken.None);
            await Task.Delay(1_500);
            Assert.False(waiting.IsCompleted);
        }
        using (var session = await waiting)
        {
            Assert.Equal(UpsertOutcome.Added, session.Upsert(Search.Core.Articles.ArticleParser.Parse("late", "Late", ["It waited its turn."])));
            session.Commit();
        }
        Assert.Equal(1, new ParagraphSearcher(index).Search(new SearchSpec { Phrase = "waited its turn" }, CancellationToken.None).TotalHits);

        using var impatient = new ParagraphIndex(folder.Combine("index")) { OtherProcessWait = TimeSpan.FromMilliseconds(300) };
        using (await other.BeginWriteAsync(CancellationToken.None))
        {
            await Assert.ThrowsAsync<RebuildInProgressException>(() => impatient.BeginWriteAsync(CancellationToken.None));
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.BeginWriteAsync(cancel.Token));
        }
        // Neither the refusal nor the cancellation kept the process's own turn: both take it again at once.
        using (await impatient.BeginWriteAsync(CancellationToken.None))
        {
        }
        using (await index.BeginWriteAsync(CancellationToken.None))
        {
        }
    }

    [Fact]
    public async Task A_batch_over_a_folder_without_an_index_that_changes_nothing_leaves_no_index()
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));

        using (var session = await index.BeginWriteAsync(CancellationToken.None))
        {
            Assert.Equal(0, session.Delete("no-such-article"));
        }

        Assert.False(index.Exists);
    }

    [Fact]
    public async Task Every_commit_says_whether_its_last_rebuild_tagged_entities()
    {
        using var folder = new TempFolder();
        using var tagged = new ParagraphIndex(folder.Combine("tagged"), new GazetteerTagger());
        using var untagged = new ParagraphIndex(folder.Combine("untagged"));
        using var upsertedFirst = new ParagraphIndex(folder.Combine("upserted"), new GazetteerTagger());

        // No dateline or credit either, whose layout names agencies and photographers whatever the tagger knows.
        var seeds = folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, "wheat.txt"), "Wheat report\nWheat shipments rose.");
        tagged.Rebuild(seeds, null, CancellationToken.None);
        untagged.Rebuild(seeds, null, CancellationToken.None);
        foreach (var index in new[] { tagged, untagged, upsertedFirst })
        {
            using var session = await index.BeginWriteAsync(CancellationToken.None);
            session.Upsert(ArticleParser.Parse("added", ["Grain report", "Grain shipments rose."]));
            session.Commit();
        }

        // A tagged index that mentions no one (this tagger knows no names) is still a tagged one.
        Assert.Equal((true, 0L), (tagged.Statistics().EntitiesTagged, new ParagraphSearcher(tagged).EntityTotals().Mentions));
        Assert.False(untagged.Statistics().EntitiesTagged);
        Assert.True(upsertedFirst.Statistics().EntitiesTagged);
    }

    [Fact]
    public void Statistics_describe_a_newer_commit_when_the_served_ones_files_are_gone()
    {
        using var folder = new TempFolder();
        using var index = new ParagraphIndex(folder.Combine("index"));
        index.Rebuild(RepositoryPaths.Seeds, null, CancellationToken.None);
        var before = index.Statistics();
        // Another writer (as another process would) commits twice without this index refreshing: the commit
        // point it serves is deleted.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(index.Path))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(IndexFormat.Lucene, IndexFormat.CreateAnalyzer())))
        {
            for (var i = 0; i < 2; i++)
            {
                writer.AddDocument([new Lucene.Net.Documents.StringField("probe", $"p{i}", Lucene.Net.Documents.Field.Store.NO)]);
                writer.Commit();
            }
        }

        var after = index.Statistics();

        Assert.Equal((before.Articles, before.Paragraphs + 2), (after.Articles, after.Paragraphs));
    }
}
