using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class EntityNamesTests
{
    [Theory]
    [InlineData("Kim Jong Un", "kim jong un")]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("KIM JONG UN", "kim jong un")]
    [InlineData("Chairman Kim Jong Un", "kim jong un")]
    [InlineData("leader Kim Jong Un", "kim jong un")]
    [InlineData("President Moon Jae-in", "moon jae in")]
    [InlineData("Unification Minister Kim Yeon-chul", "kim yeon chul")]
    [InlineData("Kim's", "kim")]
    [InlineData("Kim’s", "kim")]
    [InlineData("José Martí", "jose marti")]
    [InlineData("President", "president")]
    [InlineData("Japanese Finance Minister Kiichi Miyazawa", "kiichi miyazawa")]
    [InlineData("Fed Chairman Paul Volcker", "paul volcker")]
    [InlineData("West German Chancellor Helmut Kohl", "helmut kohl")]
    [InlineData("North Korean leader Kim Jong Un", "kim jong un")]
    [InlineData("British Prime Minister Margaret Thatcher's", "margaret thatcher")]
    [InlineData("Martin Luther King Jr", "martin luther king jr")]
    [InlineData("Federico Mayor", "federico mayor")]
    [InlineData("Secretary of State James Baker", "james baker")]
    [InlineData("U.S. Secretary of State James Baker's", "james baker")]
    [InlineData("Chancellor of the Exchequer Nigel Lawson", "nigel lawson")]
    [InlineData("Minister for Foreign Affairs Bill Hayden", "bill hayden")]
    [InlineData("Duke of Edinburgh", "duke of edinburgh")]
    [InlineData("Coconino County Sheriff Dale Whitaker", "dale whitaker")]
    [InlineData("Councilwoman Denise Albright", "denise albright")]
    [InlineData("Bunu Sheriff Musa", "bunu sheriff musa")]
    [InlineData("Police Detective Ann Lee", "ann lee")]
    [InlineData("Maj.", "")]
    [InlineData("Maj", "")]
    public void Person_names_fold_case_hyphens_diacritics_possessives_and_titles(string name, string key)
    {
        Assert.Equal(key, EntityNames.Key(name, EntityType.Person));
    }

    [Theory]
    [InlineData("walmart inc", "walmart")]
    [InlineData("helix robotics inc", "helix robotics")]
    [InlineData("arm holdings plc", "arm holdings")]
    [InlineData("merrill lynch co", "merrill lynch")]
    [InlineData("kidder peabody and co", "kidder peabody")]
    [InlineData("procter and gamble co", "procter and gamble")]
    [InlineData("corporation", "corporation")]
    [InlineData("inc", "inc")]
    [InlineData("inc walmart", "inc walmart")]
    public void A_company_key_without_its_legal_form(string key, string bare) => Assert.Equal(bare, EntityNames.WithoutLegalForm(key));

    [Fact]
    public void A_company_keeps_its_legal_form_in_its_key() =>
        Assert.Equal("walmart inc", EntityNames.Key("Walmart Inc", EntityType.Organization));

    [Theory]
    [InlineData("The Bank of England", EntityType.Organization, "bank of england")]
    [InlineData("the World Bank's", EntityType.Organization, "world bank")]
    [InlineData("The Hague", EntityType.Location, "hague")]
    [InlineData("The", EntityType.Organization, "the")]
    public void Other_names_drop_a_leading_the(string name, EntityType type, string key)
    {
        Assert.Equal(key, EntityNames.Key(name, type));
    }

    [Fact]
    public void The_display_name_keeps_a_leading_the_when_that_is_how_the_name_is_written()
    {
        var hague = new EntityId(EntityType.Location, "hague");
        Assert.Equal("The Hague", EntityNames.Display(hague, Counts(("The Hague", 5), ("Hague", 1))).Display);
    }

    [Fact]
    public void The_display_name_is_the_most_frequent_full_form_in_mixed_case_when_there_is_one()
    {
        var newYork = new EntityId(EntityType.Location, "new york");
        var ibm = new EntityId(EntityType.Organization, "ibm");
        var kim = new EntityId(EntityType.Person, "kim jong un");

        Assert.Equal("New York", EntityNames.Display(newYork, Counts(("NEW YORK", 9), ("New York", 3), ("new York", 1))).Display);
        Assert.Equal("New York", EntityNames.Display(newYork, Counts(("NEW YORK", 12), ("New York", 3))).Display);
        Assert.Equal("NEW YORK", EntityNames.Display(newYork, Counts(("NEW YORK", 13), ("New York", 3))).Display);
        Assert.Equal("OPEC", EntityNames.Display(new EntityId(EntityType.Organization, "opec"), Counts(("OPEC", 592), ("Opec", 72))).Display);
        Assert.Equal("IBM", EntityNames.Display(ibm, Counts(("IBM", 40), ("Ibm", 1))).Display);
        Assert.Equal("IBM", EntityNames.Display(ibm, Counts(("IBM", 4))).Display);
        // A short form (`Kim`) is an alias, never the display name, however often it is used.
        var (display, ranked) = EntityNames.Display(kim, Counts(("Kim", 20), ("Kim Jong Un", 5), ("Kim Jong-un", 2)));
        Assert.Equal("Kim Jong Un", display);
        Assert.Equal(["Kim", "Kim Jong Un", "Kim Jong-un"], ranked);
    }

    private static Dictionary<string, long> Counts(params (string Form, long Count)[] forms) => forms.ToDictionary(f => f.Form, f => f.Count);

    [Theory]
    [InlineData("North Korea’s", "north korea")]
    [InlineData("Unification Ministry", "unification ministry")]
    [InlineData("President's Office", "president s office")]
    public void Other_names_keep_leading_words_but_lose_possessives(string name, string key)
    {
        Assert.Equal(key, EntityNames.Key(name, EntityType.Organization));
    }

    [Fact]
    public void Form_is_the_name_as_written_without_title_and_with_its_possessive()
    {
        Assert.Equal("Kim Jong-un's", EntityNames.Form("Chairman Kim Jong-un's", EntityType.Person));
        Assert.Equal("North Korea’s", EntityNames.Form("North Korea’s", EntityType.Location));
        Assert.Equal("U.S.", EntityNames.Form("U.S.", EntityType.Location));
        Assert.Equal("N.J.'s", EntityNames.Form("N.J.'s", EntityType.Location));
        Assert.Equal("Calif", EntityNames.Form("Calif.", EntityType.Location));
        // A no-break or double space is shown as one space, so that every article's form of the name compares equal.
        Assert.Equal("Angela Merkel", EntityNames.Form("Angela\u00A0Merkel", EntityType.Person));
        Assert.Equal("Angela Merkel", EntityNames.Form("Angela  Merkel", EntityType.Person));
        Assert.Equal("Paul Volcker", EntityNames.Form("Fed Chairman Paul Volcker", EntityType.Person));
    }

    [Fact]
    public void A_possessive_form_counts_as_the_bare_one_unless_it_is_the_more_frequent()
    {
        var reagan = new EntityId(EntityType.Person, "reagan");
        var (display, ranked) = EntityNames.Display(reagan, Counts(("Reagan", 50), ("Reagan's", 20), ("Ronald Reagan", 30)));
        Assert.Equal("Reagan", display);
        Assert.Equal(["Reagan", "Ronald Reagan"], ranked);

        var moodys = new EntityId(EntityType.Organization, "moody");
        (display, ranked) = EntityNames.Display(moodys, Counts(("Moody's", 40), ("Moody", 2), ("MOODY'S", 5)));
        Assert.Equal("Moody's", display);
        Assert.Equal(["Moody's", "MOODY'S", "Moody"], ranked);

        // Only ever written with it, a name keeps its `'s`; a bare trailing apostrophe never belongs to one.
        Assert.Equal("Standard and Poor's", EntityNames.Display(new EntityId(EntityType.Organization, "standard and poor"), Counts(("Standard and Poor's", 3))).Display);
        Assert.Equal("Jones", EntityNames.Display(new EntityId(EntityType.Person, "jones"), Counts(("Jones'", 3))).Display);
    }
}
