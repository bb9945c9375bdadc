using System.Text;
using Search.Core.Articles;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Articles;

public class ArticleSourceTests
{
    [Fact]
    public void Reads_txt_and_jsonl_recursively_and_reports_what_it_skips()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("nested"));
        File.WriteAllText(folder.Combine("a.txt"), "Headline A\n\nBody of A.\n");
        File.WriteAllText(folder.Combine("nested", "b.txt"), "Headline B\nBody of B.");
        File.WriteAllText(folder.Combine("empty.txt"), "");
        File.WriteAllBytes(folder.Combine("latin1.txt"), [0x48, 0xE9, 0x6C, 0x6C, 0x6F]);
        File.WriteAllText(folder.Combine("binary.txt"), "Head\0line");
        File.WriteAllText(folder.Combine("ignored.md"), "Not an article");
        File.WriteAllText(folder.Combine(".gitkeep"), "");
        File.WriteAllText(folder.Combine("more.jsonl"), string.Join('\n',
            """{"id":"j1","title":"Json one","paragraphs":["First.","Second."],"url":"https://example.com/j1","published":"2020-06-24T10:00:00Z"}""",
            """{"id":"j2","title":"Json two","body":"Line one.\nLine two.","published":"2020-06-24"}""",
            """{"id":"j3", "title": """,
            """{"title":"No id"}""",
            """{"id":"j5","title":"Not an array","paragraphs":"notarray"}""",
            """{"id":"j6","title":"Bad date","body":"Text.","published":"yesterday"}""",
            """{"id":"j7","title":"Number url","body":"Text.","url":7}""",
            """{"id":"j8","title":"Nulls are absent","body":"Text.","published":null,"url":null,"paragraphs":null}""",
            """{"id":9,"title":"Number id","body":"Text."}""",
            """{"id":"j10","title":["Array title"],"body":"Text."}""",
            """{"id":"j11","title":"Both","body":"Text.","paragraphs":["Text."]}""",
            """{"id":"j12","title":"Half a pair","body":"a\ud800b"}""",
            """{"id":"j13","title":"Script link","body":"Text.","url":"javascript:alert(1)"}""",
            """{"id":"j14","title":"Two\nlines","body":"Text."}"""));
        // A hidden folder (a git checkout's `.git`) is not entered, so its files are neither read nor listed.
        Directory.CreateDirectory(folder.Combine(".git"));
        File.WriteAllText(folder.Combine(".git", "config"), "[core]");
        File.WriteAllText(folder.Combine(".git", "hidden.txt"), "Not an article\nNot read.");

        var source = new ArticleSource(folder.Path);
        var articles = source.ReadAll().ToList();

        Assert.Equal(["a", "j1", "j2", "j8", "b"], articles.Select(a => a.Id));
        Assert.Equal(["Json one", "First.", "Second."], articles[1].Paragraphs.Select(p => p.Text));
        Assert.Equal("https://example.com/j1", articles[1].Url);
        Assert.Equal(new DateTimeOffset(2020, 6, 24, 10, 0, 0, TimeSpan.Zero), articles[1].Published);
        Assert.Equal(["Json two", "Line one.", "Line two."], articles[2].Paragraphs.Select(p => p.Text));
        // A date alone is midnight UTC that day.
        Assert.Equal(new DateTimeOffset(2020, 6, 24, 0, 0, 0, TimeSpan.Zero), articles[2].Published);
        Assert.Equal(
            [
                "binary.txt: binary content (NUL characters)",
                "empty.txt: empty file",
                "ignored.md: not a .txt or .jsonl file, not read",
                "latin1.txt: not valid UTF-8",
                "more.jsonl:3: malformed JSON (Expected depth to be zero at the end of the JSON payload)",
                "more.jsonl:4: has no \"id\"",
                "more.jsonl:5: article 'j5' has \"paragraphs\" that is not an array of strings",
                "more.jsonl:6: article 'j6' has \"published\" that is not a date and time (ISO 8601, such as 2024-05-31T09:00:00Z)",
                "more.jsonl:7: article 'j7' has \"url\" that is not a string",
                "more.jsonl:9: has \"id\" that is not a string",
                "more.jsonl:10: article 'j10' has \"title\" that is not a string",
                "more.jsonl:11: article 'j11' has both \"paragraphs\" and \"body\"; give one",
                "more.jsonl:12: has a string that is not valid Unicode (half a surrogate pair)",
                "more.jsonl:13: article 'j13' has a \"url\" that must be an http or https URL, not javascript:",
                "more.jsonl:14: article 'j14' has a \"title\" that must not contain control characters (a line break included)",
            ],
            source.Skipped);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2029")]
    public void Any_line_end_parts_the_lines_as_a_line_feed_does(string lineEnd)
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("lf.txt"), "Headline\n\nFirst paragraph.\nSecond paragraph.\n");
        File.WriteAllText(folder.Combine("other.txt"), $"Headline{lineEnd}{lineEnd}First paragraph.{lineEnd}Second paragraph.{lineEnd}");

        var articles = new ArticleSource(folder.Path).ReadAll().ToList();

        Assert.Equal(["Headline", "First paragraph.", "Second paragraph."], articles.Single(a => a.Id == "other").Paragraphs.Select(p => p.Text));
        Assert.Equal(articles.Single(a => a.Id == "lf").Paragraphs.Select(p => (p.Text, p.Kind)), articles.Single(a => a.Id == "other").Paragraphs.Select(p => (p.Text, p.Kind)));
    }

    [Fact]
    public void A_duplicate_id_is_reported_where_it_stands_and_the_first_kept()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("nested"));
        File.WriteAllText(folder.Combine("a.txt"), "First A\nKept.");
        File.WriteAllText(folder.Combine("nested", "a.txt"), "Second A\nDropped.");
        File.WriteAllText(folder.Combine("feed.jsonl"), string.Join('\n',
            """{"id":"j1","title":"First j1","body":"Kept."}""",
            "",
            """{"id":"j1","title":"Second j1","body":"Dropped."}""",
            """{"id":"a","title":"Third a","body":"Dropped."}"""));

        var source = new ArticleSource(folder.Path);
        var articles = source.ReadAll().ToList();

        Assert.Equal([("a", "First A"), ("j1", "First j1")], articles.Select(a => (a.Id, a.Title)));
        Assert.Equal(["feed.jsonl:3: duplicate article id 'j1'", "feed.jsonl:4: duplicate article id 'a'", "nested/a.txt: duplicate article id 'a'"], source.Skipped);
    }

    [Fact]
    public void A_file_whose_name_is_not_a_usable_article_id_is_skipped()
    {
        using var folder = new TempFolder();
        var tooLong = new string('a', 201);
        File.WriteAllText(folder.Combine(tooLong + ".txt"), "Headline\nBody.");
        File.WriteAllText(folder.Combine(" padded .txt"), "Headline\nBody.");
        File.WriteAllText(folder.Combine("line\nbreak.txt"), "Headline\nBody.");
        File.WriteAllText(folder.Combine(new string('b', 200) + ".txt"), "Headline\nBody.");

        var source = new ArticleSource(folder.Path);

        Assert.Equal([new string('b', 200)], source.ReadAll().Select(a => a.Id));
        Assert.Equal(
            [
                " padded .txt: its name is not a usable article id (it must not start or end with white space)",
                $"{tooLong}.txt: its name is not a usable article id (it must be at most 200 characters)",
                "line\nbreak.txt: its name is not a usable article id (it must not contain control characters or characters outside the Basic Multilingual Plane (such as emoji))",
            ],
            source.Skipped);
    }

    [Fact]
    public void Missing_folder_is_an_error()
    {
        var source = new ArticleSource("/nonexistent/seeds");
        Assert.Throws<DirectoryNotFoundException>(() => source.ReadAll().ToList());
    }

    [Fact]
    public void Oversized_file_is_skipped()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.Combine("big.txt"), "Headline\n" + new string('x', (int)ArticleSource.MaxFileBytes), Encoding.ASCII);
        File.WriteAllText(folder.Combine("ok.txt"), "Headline\nBody.");
        var source = new ArticleSource(folder.Path);
        Assert.Equal(["ok"], source.ReadAll().Select(a => a.Id));
        Assert.Equal(["big.txt: larger than 10 MB (10485769 bytes)"], source.Skipped);
    }

    [Fact]
    public void Symbolic_links_are_reported_and_not_followed_out_of_the_folder_or_round_in_a_loop()
    {
        using var folder = new TempFolder();
        var seeds = folder.Combine("seeds");
        Directory.CreateDirectory(seeds);
        File.WriteAllText(Path.Combine(seeds, "a.txt"), "Headline a\nBody a.");
        var outside = folder.Combine("outside.txt");
        File.WriteAllText(outside, "Secret headline\nNot in the seeds.");
        File.CreateSymbolicLink(Path.Combine(seeds, "passwd.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(seeds, "loop"), seeds);

        var source = new ArticleSource(seeds);
        var articles = source.ReadAll().ToList();

        Assert.Equal(["a"], articles.Select(a => a.Id));
        Assert.Equal(["loop: symbolic link, not followed", "passwd.txt: symbolic link, not followed"], source.Skipped);
    }
}
