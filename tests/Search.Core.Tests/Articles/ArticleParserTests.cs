using Search.Core.Articles;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Articles;

public class ArticleParserTests
{
    private static readonly string SeedPath = Path.Combine(RepositoryPaths.Seeds, "000_f78ab181bd0a5255.txt");

    private static Article Seed() => ArticleParser.Parse("000_f78ab181bd0a5255", File.ReadAllLines(SeedPath));

    [Fact]
    public void Seed_has_its_structure_and_no_boilerplate()
    {
        var kinds = Seed().Paragraphs.Select(p => p.Kind).ToArray();
        ParagraphKind[] expected =
        [
            ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Caption, ParagraphKind.Credit,
            .. Enumerable.Repeat(ParagraphKind.Body, 9),
            ParagraphKind.Caption, ParagraphKind.Credit,
            .. Enumerable.Repeat(ParagraphKind.Body, 4),
            ParagraphKind.Credit, ParagraphKind.Credit,
        ];
        Assert.Equal(expected, kinds);
        Assert.Equal(Enumerable.Range(0, 21), Seed().Paragraphs.Select(p => p.Index));
        Assert.DoesNotContain(Seed().Paragraphs, p => p.Text.Contains("IE 11", StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_is_the_first_real_line()
    {
        var article = Seed();
        const string Headline = "North Korea says it will 'postpone' plan for military action in apparent softening toward South Korea";
        Assert.Equal(Headline, article.Title);
        Assert.Equal(Headline, article.Paragraphs[0].Text);
    }

    [Fact]
    public void Page_controls_above_the_headline_are_not_taken_for_it()
    {
        var article = ArticleParser.Parse("a", [
            "Exclusive news, data and analytics for financial market professionals", "Manage preferences", "Subscribe", "Sign in",
            "Tokyo stocks hit record as yen weakens", "5 min read", "The Nikkei rose 2 pct.",
        ]);
        Assert.Equal("Tokyo stocks hit record as yen weakens", article.Title);
        Assert.Equal([(ParagraphKind.Headline, "Tokyo stocks hit record as yen weakens"), (ParagraphKind.Body, "The Nikkei rose 2 pct.")], article.Paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void A_reuters_web_page_has_its_headline_byline_and_photo_and_no_navigation()
    {
        var article = ArticleParser.Parse("a", [
            "Skip to main content", "Exclusive news, data and analytics for financial market professionals", "World", "Asia Pacific",
            "SoftBank to invest $6 billion in Ohio chip plant, sources say", "By Haruka Ito and Colin Bradley",
            "June 4, 2025 8:41 AM GMT+9 Updated 2 hours ago",
            "Item 1 of 2 A man walks past a SoftBank Group Corp logo in Tokyo, Japan, June 3, 2025. REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights, opens new tab",
            "TOKYO, June 4 (Reuters) - SoftBank Group plans to invest $6 billion, two sources said.",
        ]);
        Assert.Equal(
            [
                (ParagraphKind.Headline, "SoftBank to invest $6 billion in Ohio chip plant, sources say"), (ParagraphKind.Credit, "By Haruka Ito and Colin Bradley"),
                (ParagraphKind.Caption, "A man walks past a SoftBank Group Corp logo in Tokyo, Japan, June 3, 2025."), (ParagraphKind.Credit, "REUTERS/Kim Kyung-Hoon/File Photo"),
                (ParagraphKind.Body, "TOKYO, June 4 (Reuters) - SoftBank Group plans to invest $6 billion, two sources said."),
            ],
            article.Paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void A_section_name_is_the_headline_when_no_page_chrome_comes_before_it_or_nothing_follows_it()
    {
        Assert.Equal("World", ArticleParser.Parse("a", ["World"]).Title);
        Assert.Equal("Bonds", ArticleParser.Parse("a", ["Bonds", "Yields fell on Monday."]).Title);
        Assert.Equal("Yields fell on Monday.", ArticleParser.Parse("a", ["Skip to content", "Bonds", "Yields fell on Monday."]).Title);
    }

    [Theory]
    [InlineData("Technology")]
    [InlineData("BUSINESS", "RETAIL")]
    [InlineData("UK economy")]
    [InlineData("JAPAN / POLITICS")]
    [InlineData("ABC News", "Topic:Science")]
    public void Short_labels_above_a_line_shaped_like_a_headline_are_the_sites(params string[] labels)
    {
        var article = ArticleParser.Parse("a", [.. labels, "Reeves faces a fiscal hole as gilt yields climb", "Rachel Reeves has pledged not to raise taxes."]);
        Assert.Equal(
            [(ParagraphKind.Headline, "Reeves faces a fiscal hole as gilt yields climb"), (ParagraphKind.Body, "Rachel Reeves has pledged not to raise taxes.")],
            article.Paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Theory]
    [InlineData("ATLANTIC RICHFIELD CO", "KUALA LUMPUR, March 7 - Six months to December 31")]
    [InlineData("CBT CORN SPREADS", "APRIL 7 - 1000 hrs cdt")]
    [InlineData("Bonds", "Yields fell on Monday as investors sold.")]
    [InlineData("Trump fires Powell", "“He was a disaster,” the president told reporters, adding a successor would be named “very soon.”")]
    [InlineData("Storm batters Florida", "Is the state ready for another hurricane season like this one?")]
    public void A_short_headline_above_text_stays_the_headline(string headline, string text) =>
        Assert.Equal(headline, ArticleParser.Parse("a", [headline, text]).Title);

    [Fact]
    public void Headlines_linked_under_a_label_are_not_the_articles_text()
    {
        var article = ArticleParser.Parse("a", [
            "Reeves faces a fiscal hole", "Rachel Reeves has pledged not to raise taxes.", "Recommended",
            "Bank of England holds rates as inflation proves sticky", "Gilt yields hit 27-year high", "The yield on 30-year gilts rose on Tuesday.",
            "Related", "The chancellor will speak on Friday.", "Read more from Sky News:", "Water bills to rise by a fifth", "Also read | Heatwave grips north India",
            "More: Airlines are charging more for seats", "Economists expect a tax rise.",
        ]);
        Assert.Equal(
            [
                "Reeves faces a fiscal hole", "Rachel Reeves has pledged not to raise taxes.", "The yield on 30-year gilts rose on Tuesday.",
                "The chancellor will speak on Friday.", "Economists expect a tax rise.",
            ],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Alt_text_and_caption_become_one_caption_and_the_credit_its_own_paragraph()
    {
        var paragraphs = Seed().Paragraphs;
        Assert.Equal(
            "A South Korean army soldier passes by a TV showing a file image of North Korean leader Kim Jong Un during a news program at the Seoul Railway Station in Seoul, South Korea",
            paragraphs[2].Text);
        Assert.Equal("Ahn Young-joon / AP", paragraphs[3].Text);
    }

    [Fact]
    public void Glued_credit_is_split_off_without_spoiling_the_last_word()
    {
        var paragraphs = Seed().Paragraphs;
        Assert.Equal(
            "Members of an anti-North Korea civic group release balloons containing leaflets denouncing the North's leader Kim Jong-un, towards North Korea.",
            paragraphs[13].Text);
        Assert.Equal("Kim Hong-Ji / Reuters", paragraphs[14].Text);
    }

    [Fact]
    public void Contributor_lines_are_credits()
    {
        var paragraphs = Seed().Paragraphs;
        Assert.Equal((ParagraphKind.Credit, "Reuters contributed to this report."), (paragraphs[19].Kind, paragraphs[19].Text));
        Assert.Equal((ParagraphKind.Credit, "Stella Kim contributed."), (paragraphs[20].Kind, paragraphs[20].Text));
    }

    [Theory]
    [InlineData("Photo: Juan Gómez / Reuters", ParagraphKind.Credit)]
    [InlineData("Juan Gómez/Reuters", ParagraphKind.Credit)]
    [InlineData("Photo by Juan Gómez/Getty Images", ParagraphKind.Credit)]
    [InlineData("AP Photo/Ahn Young-joon", ParagraphKind.Credit)]
    [InlineData("REUTERS/Kim Hong-Ji", ParagraphKind.Credit)]
    [InlineData("Stringer / Reuters", ParagraphKind.Credit)]
    [InlineData("AP Photo/Ahn Young-joon, File", ParagraphKind.Credit)]
    [InlineData("Photo: AP", ParagraphKind.Credit)]
    [InlineData("Jane Doe / SOPA Images", ParagraphKind.Credit)]
    [InlineData("Trade / Economy", ParagraphKind.Body)]
    [InlineData("Exports rose 5/6 of a point.", ParagraphKind.Body)]
    [InlineData("SOYBEAN CAKE/MEAL", ParagraphKind.Body)]
    [InlineData("NOTES ON U.S. SUPPLY/DEMAND TABLES", ParagraphKind.Body)]
    [InlineData("Oil Prices/Energy Markets", ParagraphKind.Body)]
    [InlineData("Reuters/Ipsos Poll", ParagraphKind.Body)]
    [InlineData("Reuters/Ipsos", ParagraphKind.Body)]
    [InlineData("Note: prices are in dollars", ParagraphKind.Body)]
    public void Photo_credits_in_their_common_forms_are_credits(string line, ParagraphKind kind)
    {
        var article = ArticleParser.Parse("a", ["Headline", "Shipping rose in March.", line]);
        Assert.Equal((kind, line), (article.Paragraphs[2].Kind, article.Paragraphs[2].Text));
    }

    [Fact]
    public void A_first_paragraph_that_repeats_the_given_title_is_not_indexed_twice()
    {
        var article = ArticleParser.Parse("a", "Tin price steady", ["Tin price steady", "Tin was steady.", "Tin price steady"]);
        Assert.Equal(
            [(ParagraphKind.Headline, "Tin price steady"), (ParagraphKind.Body, "Tin was steady."), (ParagraphKind.Body, "Tin price steady")],
            article.Paragraphs.Select(p => (p.Kind, p.Text)));
        // A copy that differs only in case, quotes or a final period is the title too.
        var copy = ArticleParser.Parse("b", "Kim's \"plan\" on hold", ["KIM’S “PLAN” ON HOLD.", "Talks stalled."]);
        Assert.Equal(
            [(ParagraphKind.Headline, "Kim's \"plan\" on hold"), (ParagraphKind.Body, "Talks stalled.")],
            copy.Paragraphs.Select(p => (p.Kind, p.Text)));
    }

    [Theory]
    [InlineData("Protesters gathered on Monday.Photo: Juan Gómez / Reuters", "Photo: Juan Gómez / Reuters")]
    [InlineData("Protesters gathered on Monday. Photo by Juan Gómez/Getty Images", "Photo by Juan Gómez/Getty Images")]
    [InlineData("Protesters gathered on Monday.AP Photo/Ahn Young-joon", "AP Photo/Ahn Young-joon")]
    [InlineData("Protesters gathered on Monday. REUTERS/Kim Hong-Ji", "REUTERS/Kim Hong-Ji")]
    [InlineData("Protesters gathered on Monday.Jane Doe / AFP", "Jane Doe / AFP")]
    [InlineData("Protesters gathered on Monday.AP Photo/Ahn Young-joon, File", "AP Photo/Ahn Young-joon, File")]
    [InlineData("Protesters gathered on Monday.Photo: AP", "Photo: AP")]
    public void A_credit_glued_to_a_caption_in_any_common_form_is_split_off(string line, string credit)
    {
        var article = ArticleParser.Parse("a", ["Headline", "Image: Protesters outside parliament", line]);
        Assert.Equal(
            [(ParagraphKind.Caption, "Protesters gathered on Monday. Protesters outside parliament"), (ParagraphKind.Credit, credit)],
            article.Paragraphs.Skip(1).Select(p => (p.Kind, p.Text)));
    }

    [Theory]
    [InlineData("Prices rose.Trade/Economy")]
    [InlineData("Rates fell. Input/output costs")]
    [InlineData("Support fell to 38 pct in the latest survey.Reuters/Ipsos")]
    [InlineData("Prices rose. Oil Prices / Energy Markets")]
    public void A_slash_after_a_sentence_that_is_no_credit_stays_in_the_text(string line)
    {
        var article = ArticleParser.Parse("a", ["Headline", line]);
        Assert.Equal([(ParagraphKind.Body, line)], article.Paragraphs.Skip(1).Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void Caption_that_differs_from_its_alt_text_keeps_both()
    {
        var article = ArticleParser.Parse("a", ["Headline", "Image: Protesters outside parliament", "Protesters gathered on Monday. Jane Doe / AFP"]);
        Assert.Equal(
            [(ParagraphKind.Caption, "Protesters gathered on Monday. Protesters outside parliament"), (ParagraphKind.Credit, "Jane Doe / AFP")],
            article.Paragraphs.Skip(1).Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void Alt_text_followed_by_unrelated_body_stays_a_caption_alone()
    {
        var article = ArticleParser.Parse("a", ["Headline", "Image: A harbour at dawn", "Shipping rose in March."]);
        Assert.Equal(
            [(ParagraphKind.Caption, "A harbour at dawn"), (ParagraphKind.Body, "Shipping rose in March.")],
            article.Paragraphs.Skip(1).Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void Article_without_text_is_rejected()
    {
        var error = Assert.Throws<ArticleFormatException>(() => ArticleParser.Parse("a", ["", "IE 11 is not supported. For an optimal experience visit our site on another browser.", "  "]));
        Assert.Equal("has no headline or text", error.Message);
    }

    [Fact]
    public void A_given_paragraph_is_split_at_its_line_breaks_and_loses_invisible_marks_at_its_ends()
    {
        var article = ArticleParser.Parse("a", "\uFEFF\u00A0Tokyo stocks hit record", ["Stocks rose.\nThe yen fell.\r\n\r\nAdvertisement", "\u200B \u200BBonds were flat.\uFEFF", "\u00AD\uFEFF"]);
        Assert.Equal(
            [(ParagraphKind.Headline, "Tokyo stocks hit record"), (ParagraphKind.Body, "Stocks rose."), (ParagraphKind.Body, "The yen fell."), (ParagraphKind.Body, "Bonds were flat.")],
            article.Paragraphs.Select(p => (p.Kind, p.Text)));
    }
}
