using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class MentionLinkerTests
{
    // Each paragraph is one whole-paragraph mention of the type given with it.
    private static string[] Keys(params (string Text, EntityType Type)[] paragraphs) =>
        MentionLinker.LinkArticle(
                paragraphs.Select(p => p.Text).ToList(),
                paragraphs.Select(p => (IEnumerable<TaggedSpan>)[new TaggedSpan(0, p.Text.Length, p.Type)]).ToList())
            .Select(mentions => mentions.Single().EntityKey)
            .ToArray();

    private static string[] People(params string[] names) => Keys(names.Select(n => (n, EntityType.Person)).ToArray());

    [Fact]
    public void Later_short_mention_links_to_the_one_earlier_full_name()
    {
        Assert.Equal(
            ["donald trump", "kim jong un", "donald trump", "kim jong un"],
            People("Donald Trump", "Kim Jong Un", "Trump", "Kim's"));
    }

    [Fact]
    public void A_countrys_other_names_are_one_place()
    {
        Assert.Equal(
            ["united states", "united states", "united states", "united kingdom", "united kingdom", "soviet union", "soviet union", "netherlands"],
            Keys(("U.S.", EntityType.Location), ("United States", EntityType.Location), ("USA", EntityType.Location), ("U.K.", EntityType.Location),
                ("Britain", EntityType.Location), ("USSR", EntityType.Location), ("Soviet Union", EntityType.Location), ("Holland", EntityType.Location)));
        // Only as places: `US` as another type keeps its own key, and `U.S. Treasury` is an organisation's name.
        Assert.Equal(["us", "u s treasury"], Keys(("US", EntityType.Misc), ("U.S. Treasury", EntityType.Organization)));
    }

    [Fact]
    public void A_news_agency_is_a_short_name_only_for_its_own_longer_name()
    {
        Assert.Equal(
            ["reuters", "thomson reuters trust principles", "reuters", "ap photo", "ap", "yonhap ap", "ap"],
            Keys(("Reuters", EntityType.Organization), ("Thomson Reuters Trust Principles", EntityType.Organization), ("Reuters", EntityType.Organization),
                ("AP Photo", EntityType.Organization), ("AP", EntityType.Organization), ("Yonhap / AP", EntityType.Organization), ("AP", EntityType.Organization)));
        // Except for its own longer name, and another organisation still is one (`Merrill` for `Merrill Lynch`).
        Assert.Equal(
            ["kyodo news service", "kyodo news service", "merrill lynch", "merrill lynch"],
            Keys(("Kyodo News Service", EntityType.Organization), ("Kyodo", EntityType.Organization),
                ("Merrill Lynch", EntityType.Organization), ("Merrill", EntityType.Organization)));
    }

    [Fact]
    public void Ambiguous_short_mention_stays_its_own()
    {
        Assert.Equal(["kim jong un", "kim yo jong", "kim"], People("Kim Jong Un", "Kim Yo Jong", "Kim"));
    }

    [Fact]
    public void A_short_mention_before_the_full_name_links_forward_and_does_not_block_later_ones()
    {
        // A headline's surname, then the full name in the body, then the surname again.
        Assert.Equal(["donald trump", "donald trump", "donald trump"], People("Trump", "Donald Trump", "Trump"));
        // Still ambiguous when the article has two longer names for it.
        Assert.Equal(["kim", "kim jong un", "kim yo jong"], People("Kim", "Kim Jong Un", "Kim Yo Jong"));
    }

    [Fact]
    public void Names_link_only_within_their_type()
    {
        Assert.Equal(
            ["donald trump", "trump", "korea"],
            Keys(("Donald Trump", EntityType.Person), ("Trump", EntityType.Organization), ("Korea", EntityType.Location)));
    }

    [Fact]
    public void A_name_glued_to_headline_words_in_capitals_is_cut_to_the_name_the_body_uses()
    {
        string[] paragraphs =
        [
            "TOWER REPORT DIMINISHES REAGAN'S HOPES", "The report hurt Reagan, aides said.", "NO BUNDESBANK CHANGE SEEN",
            "SECURITY PACIFIC GAINS", "Security Pacific Corp rose.", "Pacific trade grew.",
        ];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [Span(paragraphs[0], "DIMINISHES REAGAN'S", EntityType.Person)],
            [Span(paragraphs[1], "Reagan", EntityType.Person)],
            [Span(paragraphs[2], "NO BUNDESBANK", EntityType.Organization)],
            [Span(paragraphs[3], "SECURITY PACIFIC", EntityType.Organization)],
            [Span(paragraphs[4], "Security Pacific Corp", EntityType.Organization)],
            [Span(paragraphs[5], "Pacific", EntityType.Location)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal(
            [
                ("REAGAN", "reagan", EntityType.Person), ("Reagan", "reagan", EntityType.Person), ("NO BUNDESBANK", "no bundesbank", EntityType.Organization),
                ("SECURITY PACIFIC", "security pacific corp", EntityType.Organization), ("Security Pacific Corp", "security pacific corp", EntityType.Organization),
                ("Pacific", "pacific", EntityType.Location),
            ],
            mentions.Select((list, p) => (paragraphs[p][list[0].Start..list[0].End], list[0].EntityKey, list[0].Type)));
    }

    [Fact]
    public void A_headline_in_capitals_names_the_company_but_not_its_ticker()
    {
        string[] paragraphs = ["JWT <JWT> NOT APPROACHED BY GROUP", "JWT Group Inc has not been approached.", "He said JWT would not comment."];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [],
            [Span(paragraphs[1], "JWT Group Inc", EntityType.Organization)],
            [Span(paragraphs[2], "JWT", EntityType.Organization)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal([(0, 3)], mentions[0].Select(m => (m.Start, m.End)));
        Assert.Equal(["jwt group inc", "jwt group inc", "jwt group inc"], mentions.Select(list => list[0].EntityKey));
    }

    [Fact]
    public void A_name_glued_to_headline_words_in_title_case_is_cut_to_the_name_the_body_uses()
    {
        string[] paragraphs = ["Helix Robotics Announces $85 Million Series C Financing Led by Sequoia Capital", "Helix Robotics Inc said on Tuesday it raised $85 million."];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [Span(paragraphs[0], "Helix Robotics Announces", EntityType.Organization), Span(paragraphs[0], "Sequoia Capital", EntityType.Organization)],
            [Span(paragraphs[1], "Helix Robotics Inc", EntityType.Organization)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal(
            [("Helix Robotics", "helix robotics inc"), ("Sequoia Capital", "sequoia capital")],
            mentions[0].Select(m => (paragraphs[0][m.Start..m.End], m.EntityKey)));
        // A headline in sentence case is the tagger's to read.
        string[] sentenceCase = ["Helix Robotics Announces a new robot", "Helix Robotics Inc said so."];
        var asTagged = MentionLinker.LinkArticle(sentenceCase, [[Span(sentenceCase[0], "Helix Robotics Announces", EntityType.Organization)], [Span(sentenceCase[1], "Helix Robotics Inc", EntityType.Organization)]]);
        Assert.Equal(["Helix Robotics Announces"], asTagged[0].Select(m => sentenceCase[0][m.Start..m.End]));
    }

    [Fact]
    public void A_mention_that_trimming_leaves_a_suffix_or_a_letter_is_dropped_and_an_abbreviation_keeps_its_period()
    {
        string[] paragraphs = ["U.S. TREASURY AIDE WARNS", "Eli Lilly and Co <LLY> and BP <BP.L> said."];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [new TaggedSpan(0, 3, EntityType.Location)],
            [Span(paragraphs[1], "Eli Lilly", EntityType.Organization), Span(paragraphs[1], "Co <LLY", EntityType.Misc), Span(paragraphs[1], "L>", EntityType.Organization)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal(["U.S."], mentions[0].Select(m => paragraphs[0][m.Start..m.End]));
        Assert.Equal(["Eli Lilly"], mentions[1].Select(m => paragraphs[1][m.Start..m.End]));
    }

    [Fact]
    public void A_company_in_brackets_is_a_name_and_a_ticker_is_not()
    {
        string[] paragraphs = ["<MERIDIAN ENERGY> BUYS WELLS", "Meridian Energy Inc said it bought the wells.", "JWT <JWT> GAINS", "He said JWT would gain."];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [], [Span(paragraphs[1], "Meridian Energy Inc", EntityType.Organization)], [], [Span(paragraphs[3], "JWT", EntityType.Organization)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal([("MERIDIAN ENERGY", "meridian energy inc")], mentions[0].Select(m => (paragraphs[0][m.Start..m.End], m.EntityKey)));
        Assert.Equal([(0, 3)], mentions[2].Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void A_headline_takes_a_company_without_its_legal_form_only_from_a_whole_name_and_keeps_a_whole_company_name()
    {
        string[] paragraphs = ["LOOM AND GENERAL SIGNAL SHARES RISE", "Fruit of the Loom Inc and General Signal Corp rose.", "BASF CORP RAISES PRICES", "BASF AG owns it."];
        List<IEnumerable<TaggedSpan>> spans =
        [
            [],
            [Span(paragraphs[1], "Loom Inc", EntityType.Organization), Span(paragraphs[1], "General Signal Corp", EntityType.Organization)],
            [Span(paragraphs[2], "BASF CORP", EntityType.Organization)],
            [Span(paragraphs[3], "BASF AG", EntityType.Organization)],
        ];

        var mentions = MentionLinker.LinkArticle(paragraphs, spans);

        Assert.Equal([("GENERAL SIGNAL", "general signal corp")], mentions[0].Select(m => (paragraphs[0][m.Start..m.End], m.EntityKey)));
        Assert.Equal([("BASF CORP", "basf corp")], mentions[2].Select(m => (paragraphs[2][m.Start..m.End], m.EntityKey)));
    }

    private static TaggedSpan Span(string paragraph, string text, EntityType type)
    {
        var at = paragraph.IndexOf(text, StringComparison.Ordinal);
        return new TaggedSpan(at, at + text.Length, type);
    }

    [Fact]
    public void A_longer_name_that_extends_another_does_not_make_a_short_mention_ambiguous()
    {
        Assert.Equal(
            ["hyundai motor", "hyundai motors", "hyundai motor"],
            Keys(("Hyundai Motor", EntityType.Organization), ("Hyundai Motors", EntityType.Organization), ("Hyundai", EntityType.Organization)));
        Assert.Equal(
            ["north korea", "north koreans", "north korea"],
            Keys(("North Korea", EntityType.Location), ("North Koreans", EntityType.Location), ("North", EntityType.Location)));
    }

    [Fact]
    public void A_place_or_other_name_inside_a_longer_one_is_a_name_of_its_own()
    {
        Assert.Equal(
            ["new york harbor", "new york", "mexico", "mexico city", "south africa", "africa", "european community", "european"],
            Keys(
                ("New York Harbor", EntityType.Location), ("New York", EntityType.Location), ("Mexico", EntityType.Location), ("Mexico City", EntityType.Location),
                ("South Africa", EntityType.Location), ("Africa", EntityType.Location), ("European Community", EntityType.Misc), ("European", EntityType.Misc)));
        // People and organisations are still called by part of their name.
        Assert.Equal(
            ["merrill lynch", "merrill lynch", "u s treasury", "u s treasury"],
            Keys(("Merrill", EntityType.Organization), ("Merrill Lynch", EntityType.Organization), ("U.S. Treasury", EntityType.Organization), ("Treasury", EntityType.Organization)));
    }

    [Fact]
    public void An_organisation_followed_by_a_body_or_a_place_is_another_organisation()
    {
        Assert.Equal(
            ["ec commission", "ec", "senate finance committee", "senate", "ibm japan", "japan", "ibm", "u s treasury", "u s treasury", "usx corp", "usx corp"],
            Keys(
                ("EC Commission", EntityType.Organization), ("EC", EntityType.Organization),
                ("Senate Finance Committee", EntityType.Organization), ("Senate", EntityType.Organization),
                ("IBM Japan", EntityType.Organization), ("Japan", EntityType.Location), ("IBM", EntityType.Organization),
                ("U.S. Treasury", EntityType.Organization), ("Treasury", EntityType.Organization),
                ("USX Corp", EntityType.Organization), ("USX", EntityType.Organization)));
    }

    [Fact]
    public void A_name_typed_two_ways_in_an_article_takes_the_type_it_has_most_often()
    {
        var paragraphs = new[] { "Commerce Bank rose.", "Commerce Bank said so.", "At Commerce Bank, staff left.", "Kim Jong Un spoke." };
        var mentions = MentionLinker.LinkArticle(paragraphs,
        [
            [new TaggedSpan(0, 13, EntityType.Location)],
            [new TaggedSpan(0, 13, EntityType.Organization)],
            [new TaggedSpan(3, 16, EntityType.Organization)],
            [new TaggedSpan(0, 11, EntityType.Person)],
        ]);

        Assert.Equal(
            [(EntityType.Organization, "commerce bank"), (EntityType.Organization, "commerce bank"), (EntityType.Organization, "commerce bank"), (EntityType.Person, "kim jong un")],
            mentions.Select(list => (list.Single().Type, list.Single().EntityKey)));
        // On a tie, the type it was first given.
        var tie = MentionLinker.LinkArticle(["Jordan spoke.", "Jordan left."], [[new TaggedSpan(0, 6, EntityType.Person)], [new TaggedSpan(0, 6, EntityType.Location)]]);
        Assert.Equal([EntityType.Person, EntityType.Person], tie.Select(list => list.Single().Type));
    }

    [Fact]
    public void A_name_that_only_begins_with_the_letters_of_another_is_a_different_name()
    {
        Assert.Equal(["john smith", "john smithson", "john"], People("John Smith", "John Smithson", "John"));
        Assert.Equal(["bank of america corp", "bank of america corp", "bank of america corp"], Keys(
            ("Bank of America", EntityType.Organization), ("Bank of America Corp", EntityType.Organization), ("Bank", EntityType.Organization)));
    }

    [Fact]
    public void Mention_of_only_punctuation_is_dropped()
    {
        var linked = MentionLinker.LinkArticle(["—"], [[new TaggedSpan(0, 1, EntityType.Misc)]]);
        Assert.Empty(linked.Single());
    }

    [Theory]
    [InlineData("company <Genencor Inc> for", 8, 22, "Genencor Inc")]
    [InlineData("the anti-North Korea leaflets", 4, 20, "North Korea")]
    [InlineData("a pro-Western stance", 2, 13, "Western")]
    [InlineData("Anti-Japan protests spread", 0, 10, "Japan")]
    [InlineData("ANTI-NORTH KOREA RALLY", 0, 16, "NORTH KOREA")]
    [InlineData("Anti-Ballistic Missile Treaty talks", 0, 29, "Anti-Ballistic Missile Treaty")]
    [InlineData("Ex-Cell-O Corp said", 0, 14, "Ex-Cell-O Corp")]
    [InlineData("inter-Korean talks", 0, 12, "inter-Korean")]
    [InlineData("in the U.S. today", 7, 11, "U.S.")]
    [InlineData("in Washington, said", 3, 14, "Washington")]
    [InlineData("(World Bank)", 0, 12, "World Bank")]
    [InlineData("<>", 0, 2, "<>")]
    [InlineData("AMERICAN NURSERY <ANSY> SETS", 0, 22, "AMERICAN NURSERY")]
    [InlineData("said BAC> Corp today", 5, 14, "BAC")]
    [InlineData("the GATT (General Agreement on", 4, 27, "GATT")]
    [InlineData("Finance Minister (Dilson) Funaro said", 24, 32, "Funaro")]
    [InlineData("Foo (UK) Ltd said", 0, 12, "Foo (UK) Ltd")]
    public void Spans_lose_surrounding_punctuation_and_attached_prefixes(string paragraph, int start, int end, string expected)
    {
        var span = MentionSpans.Trim(paragraph, new TaggedSpan(start, end, EntityType.Organization));
        Assert.Equal(expected, paragraph[span.Start..span.End]);
    }
}
