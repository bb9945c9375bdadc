using Search.Core.Articles;
using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class ArticleEntityAnnotatorTests
{
    [Fact]
    public void An_agency_sign_off_is_not_an_entity_but_names_in_the_text_are()
    {
        var article = ArticleParser.Parse("r1", ["Reagan meets Nakasone", "President Reagan met Yasuhiro Nakasone in Washington.", "REUTER"]);
        Assert.Equal(ParagraphKind.Credit, article.Paragraphs[2].Kind);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Empty(mentions[2]);
        Assert.Equal(
            [("Reagan", EntityType.Person), ("Yasuhiro Nakasone", EntityType.Person), ("Washington", EntityType.Location)],
            mentions[1].Select(m => (article.Paragraphs[1].Text[m.Start..m.End], m.Type)));
    }

    [Fact]
    public void A_headline_in_capitals_takes_the_names_the_body_writes_in_mixed_case()
    {
        var article = ArticleParser.Parse("r2", [
            "BANK OF ENGLAND DRAINS LIQUIDITY AS OPEC MEETS",
            "The Bank of England said it drained 300 mln stg from the money market as OPEC ministers met in Vienna.",
        ]);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Equal(
            [("BANK OF ENGLAND", EntityType.Organization), ("OPEC", EntityType.Organization)],
            mentions[0].Select(m => (article.Paragraphs[0].Text[m.Start..m.End], m.Type)));
        // One entity each, in the headline and the body alike.
        Assert.Equal(mentions[1].Where(m => m.Type == EntityType.Organization).Select(m => m.EntityKey), mentions[0].Select(m => m.EntityKey));
    }

    [Fact]
    public void A_name_in_capitals_that_the_body_does_not_write_keeps_the_tagger_reading()
    {
        var article = ArticleParser.Parse("r3", ["REAGAN MEETS NAKASONE", "The two leaders met in Washington."]);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);
        var tagged = RecognizerTagger.Default.TagDocument(article.Paragraphs.Select(p => p.Text).ToList());

        Assert.Equal(tagged[0].Select(s => (s.Start, s.End)), mentions[0].Select(m => (m.Start, m.End)));
    }

    [Fact]
    public void A_country_the_model_reads_as_an_organisation_is_a_place()
    {
        var article = ArticleParser.Parse("r4", ["Philippine sugar exports", "The Philippines said it would export more sugar to Japan this year."]);
        var tagged = RecognizerTagger.Default.TagDocument(article.Paragraphs.Select(p => p.Text).ToList());
        // The shipped model's reading, which the correction is for.
        Assert.Contains(tagged[1], s => article.Paragraphs[1].Text[s.Start..s.End] == "Philippines" && s.Type == EntityType.Organization);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Equal(
            [("Philippines", EntityType.Location), ("Japan", EntityType.Location)],
            mentions[1].Select(m => (article.Paragraphs[1].Text[m.Start..m.End], m.Type)));
    }

    [Fact]
    public void An_agencys_picture_desk_in_a_credit_is_the_agency()
    {
        var article = ArticleParser.Parse("r5", ["Balloons over the border", "Activists released balloons on Monday.", "AP Photo/Ahn Young-joon"]);
        Assert.Equal(ParagraphKind.Credit, article.Paragraphs[2].Kind);

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Equal(
            [("AP", EntityType.Organization), ("Ahn Young-joon", EntityType.Person)],
            mentions[2].Select(m => (article.Paragraphs[2].Text[m.Start..m.End], m.Type)));
    }

    [Fact]
    public void A_sign_off_names_its_reporters_and_places_but_not_its_verbs()
    {
        var article = ArticleParser.Parse("r7", [
            "Chip plant planned", "The company will build a plant.",
            "Reporting by Kenji Watanabe in San Francisco and Rhea Thomas in Bengaluru; Editing by Shinjini Ganguli",
            "Reporting by Marco Aquino in Lima and Joyce Lee in Seoul; Editing by Sonali Paul",
        ]);
        Assert.All(article.Paragraphs.Skip(2), p => Assert.Equal(ParagraphKind.Credit, p.Kind));

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.DoesNotContain(mentions.Skip(2).SelectMany((list, i) => list.Select(m => article.Paragraphs[i + 2].Text[m.Start..m.End])), text => text is "Editing" or "Reporting");
        Assert.Contains(mentions[3], m => article.Paragraphs[3].Text[m.Start..m.End] == "Seoul" && m.Type == EntityType.Location);
    }

    [Fact]
    public void A_photo_credit_names_its_photographer_and_agencies_whatever_the_tagger_reads()
    {
        var article = ArticleParser.Parse("r6", [
            "Balloons over the border", "NEW YORK (AP) — Activists released balloons.", "REUTERS/Kim Hong-Ji", "Photo: AP", "Nelson Almeida/AFP via Getty Images",
            "(AP Photo/Jae C. Hong)",
        ]);
        Assert.All(article.Paragraphs.Skip(2), p => Assert.Equal(ParagraphKind.Credit, p.Kind));

        var mentions = new ArticleEntityAnnotator(RecognizerTagger.Default).Annotate(article);

        Assert.Equal(
            [
                [("REUTERS", EntityType.Organization, "reuters"), ("Kim Hong-Ji", EntityType.Person, "kim hong ji")],
                [("AP", EntityType.Organization, "ap")],
                [("Nelson Almeida", EntityType.Person, "nelson almeida"), ("AFP", EntityType.Organization, "afp"), ("Getty Images", EntityType.Organization, "getty images")],
                [("AP", EntityType.Organization, "ap"), ("Jae C. Hong", EntityType.Person, "jae c hong")],
            ],
            mentions.Skip(2).Select((list, i) => list.Select(m => (article.Paragraphs[i + 2].Text[m.Start..m.End], m.Type, m.EntityKey)).ToArray()));
        // The dateline's agency is the credits' AP.
        Assert.Contains(mentions[1], m => article.Paragraphs[1].Text[m.Start..m.End] == "AP" && m.Type == EntityType.Organization && m.EntityKey == "ap");
    }
}

public class ArticleNamesTests
{
    private static (string Text, EntityType Type)[][] Mentions(params string[] lines)
    {
        var article = ArticleParser.Parse("n", lines);
        var tagger = new Support.GazetteerTagger(
            ("OPEC", EntityType.Organization), ("Bank of England", EntityType.Organization), ("Treasury", EntityType.Organization),
            ("PC", EntityType.Organization), ("MD", EntityType.Organization));
        // The tagger finds each name once, in the first body paragraph only, as a model that misses repeats would.
        var once = new OnceTagger(tagger);
        var mentions = new ArticleEntityAnnotator(once).Annotate(article);
        return mentions.Select((list, p) => list.Select(m => (article.Paragraphs[p].Text[m.Start..m.End], m.Type)).ToArray()).ToArray();
    }

    private sealed class OnceTagger(IEntityTagger inner) : IEntityTagger
    {
        public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<string> paragraphs)
        {
            var tagged = inner.TagDocument(paragraphs);
            return tagged.Select((spans, p) => p == 1 ? spans : (IReadOnlyList<TaggedSpan>)[]).ToList();
        }
    }

    [Fact]
    public void A_name_the_tagger_found_once_is_a_mention_wherever_the_article_writes_it_as_a_name()
    {
        var found = Mentions(
            "Oil report",
            "OPEC met as the Bank of England and the Treasury watched, and OPEC said so. McDonnell Douglas <MD> and MD sold a PC.",
            "None of the OPEC members and no non-OPEC producer spoke; the Bank of England did.",
            "The treasury of the bank of england was full, and the Treasury said so.",
            "Its MD-11s and <MD> shares rose, and PC sales too.");

        Assert.Equal(
            [("OPEC", EntityType.Organization), ("OPEC", EntityType.Organization), ("Bank of England", EntityType.Organization)],
            found[2]);
        // Not in lower case, and a one-word name in mixed case is left to the tagger.
        Assert.Empty(found[3]);
        // Not an acronym the tagger found once (`PC`), nor one in a code (`MD-11s`, `<MD>`, which was not counted).
        Assert.Empty(found[4]);
    }
}
