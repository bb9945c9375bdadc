using Search.Core.Entities;

namespace Search.Core.Tests.Entities;

public class SpanCorrectionsTests
{
    private static (string Text, EntityType Type)[] Corrected(string paragraph, params (string Text, EntityType Type)[] tagged)
    {
        var spans = tagged.Select(t =>
        {
            var at = paragraph.IndexOf(t.Text, StringComparison.Ordinal);
            return new TaggedSpan(at, at + t.Text.Length, t.Type);
        });
        return SpanCorrections.Apply(paragraph, spans).OrderBy(s => s.Start).Select(s => (paragraph[s.Start..s.End], s.Type)).ToArray();
    }

    [Fact]
    public void A_datelines_place_is_one_location()
    {
        Assert.Equal([("DENVER", EntityType.Location)], Corrected("DENVER, March 3 - Shr nil vs nil", ("DENVER", EntityType.Person), ("Shr", EntityType.Organization)));
        Assert.Equal(
            [("ST. LOUIS", EntityType.Location), ("Monsanto Co", EntityType.Organization)],
            Corrected("ST. LOUIS, March 26 - Monsanto Co said it would.", ("LOUIS", EntityType.Location), ("Monsanto Co", EntityType.Organization)));
        Assert.Equal([("OMAHA", EntityType.Location), ("Neb", EntityType.Location)], Corrected("OMAHA, Neb., March 2 - Qtly div 36 cts vs 36 cts prior", ("Qtly", EntityType.Misc)));
        Assert.Equal(
            [("SEOUL", EntityType.Location), ("Reuters", EntityType.Organization), ("Kim", EntityType.Person)],
            Corrected("SEOUL (Reuters) - Kim met officials.", ("SEOUL (Reuters", EntityType.Organization), ("Kim", EntityType.Person)));
        Assert.Equal(
            [("NEW YORK", EntityType.Location), ("Reuters", EntityType.Organization)],
            Corrected("NEW YORK, Nov. 27 (Reuters) - Prices rose.", ("YORK", EntityType.Person), ("Reuters", EntityType.Organization)));
        Assert.Equal(
            [("PARIS", EntityType.Location), ("AFP", EntityType.Organization)],
            Corrected("PARIS, Sept 3 (AFP) – Talks ended.", ("PARIS", EntityType.Person)));
        Assert.Equal(
            [("RIYADH", EntityType.Location), ("Saudi Arabia", EntityType.Location), ("AP", EntityType.Organization)],
            Corrected("RIYADH, Saudi Arabia (AP) — Talks ended.", ("RIYADH", EntityType.Location)));
    }

    [Fact]
    public void A_datelines_state_or_country_is_a_location()
    {
        Assert.Equal(
            [("PITTSBURGH", EntityType.Location), ("Pa", EntityType.Location), ("USX Corp", EntityType.Organization)],
            Corrected("PITTSBURGH, Pa., March 3 - USX Corp said it would.", ("PITTSBURGH", EntityType.Location), ("Pa", EntityType.Organization), ("USX Corp", EntityType.Organization)));
        Assert.Equal(
            [("NEWARK", EntityType.Location), ("N.J.", EntityType.Location)],
            Corrected("NEWARK, N.J., April 1 - Shares rose.", ("NEWARK", EntityType.Location)));
        Assert.Equal(
            [("BONN", EntityType.Location), ("West Germany", EntityType.Location), ("Reuters", EntityType.Organization)],
            Corrected("BONN, West Germany, Nov 3 (Reuters) - Talks ended.", ("BONN, West Germany", EntityType.Organization)));
    }

    [Fact]
    public void A_dateline_with_only_a_dash_is_a_place_unless_it_names_the_source()
    {
        Assert.Equal(
            [("GREENVILLE", EntityType.Location), ("S.C.", EntityType.Location), ("Greenville County Schools", EntityType.Organization)],
            Corrected("GREENVILLE, S.C. — The Greenville County Schools board met.", ("GREENVILLE", EntityType.Organization), ("Greenville County Schools", EntityType.Organization)));
        Assert.Equal([("MILLBROOK", EntityType.Location)], Corrected("MILLBROOK — The council voted.", ("MILLBROOK", EntityType.Organization)));
        Assert.Equal([("CNN", EntityType.Organization)], Corrected("CNN — The council voted.", ("CNN", EntityType.Organization)));
        Assert.Equal([("Berlin", EntityType.Location), ("dpa", EntityType.Organization)], Corrected("Berlin (dpa) - Talks ended.", ("Berlin", EntityType.Organization)));
        Assert.Equal([("Kyiv", EntityType.Location), ("AFP", EntityType.Organization)], Corrected("Kyiv (AFP) - Talks ended.", ("Kyiv", EntityType.Person)));
        Assert.Equal([], Corrected("At 4:12 pm UTC it ended.", ("UTC", EntityType.Organization)));
        // An aside between dashes is not a dateline, nor a hyphen without a date or an agency (`OPEC - the group`).
        Assert.Equal([("NATO", EntityType.Organization)], Corrected("NATO — the military alliance of 32 countries — will meet.", ("NATO", EntityType.Organization)));
        Assert.Equal([("FOX NEWS", EntityType.Organization)], Corrected("FOX NEWS — The network said.", ("FOX NEWS", EntityType.Organization)));
        Assert.Equal([("OPEC", EntityType.Organization)], Corrected("OPEC - the group met.", ("OPEC", EntityType.Organization)));
    }

    [Fact]
    public void An_arabic_name_runs_through_bin()
    {
        Assert.Equal(
            [("Mohammed bin Abdulrahman Al Thani", EntityType.Person), ("Doha", EntityType.Location)],
            Corrected("Sheikh Mohammed bin Abdulrahman Al Thani spoke in Doha.", ("Mohammed", EntityType.Person), ("Abdulrahman Al Thani", EntityType.Person), ("Doha", EntityType.Location)));
        Assert.Equal(
            [("Thani bin Ahmed Al Zeyoudi", EntityType.Person)],
            Corrected("Thani bin Ahmed Al Zeyoudi said.", ("Thani", EntityType.Misc), ("Ahmed Al Zeyoudi", EntityType.Person)));
        // Two places are not joined.
        Assert.Equal(
            [("Abu Dhabi", EntityType.Location), ("Dubai", EntityType.Location)],
            Corrected("Abu Dhabi bin Dubai", ("Abu Dhabi", EntityType.Location), ("Dubai", EntityType.Location)));
    }

    [Fact]
    public void An_outlet_named_for_a_country_is_an_organisation_and_based_is_no_part_of_a_place()
    {
        Assert.Equal([("USA TODAY", EntityType.Organization)], Corrected("Zach Wichter, USA TODAY", ("USA", EntityType.Location)));
        Assert.Equal([("FRANCE 24", EntityType.Organization)], Corrected("By: FRANCE 24", ("FRANCE", EntityType.Location)));
        Assert.Equal([("Minneapolis", EntityType.Location)], Corrected("The Minneapolis-based retailer said.", ("Minneapolis-based", EntityType.Misc)));
        Assert.Equal([("France", EntityType.Location)], Corrected("France 240 km away.", ("France", EntityType.Location)));
        Assert.Equal([("France", EntityType.Location)], Corrected("He was arrested in France 24 hours after the attack.", ("France", EntityType.Location)));
        Assert.Equal([("USA", EntityType.Location)], Corrected("The biggest threat facing the USA today is inflation.", ("USA", EntityType.Location)));
    }

    [Fact]
    public void A_countrys_people_are_another_name_and_a_station_a_place()
    {
        Assert.Equal([("North Koreans", EntityType.Misc)], Corrected("North Koreans rallied.", ("North Koreans", EntityType.Location)));
        Assert.Equal([("Russians", EntityType.Misc)], Corrected("Russians voted.", ("Russians", EntityType.Location)));
        Assert.Equal([("North Korea", EntityType.Location)], Corrected("North Korea said.", ("North Korea", EntityType.Location)));
        Assert.Equal([("Malin", EntityType.Location)], Corrected("Malin Head is windy.", ("Malin", EntityType.Location)));
        Assert.Equal([("Seoul Railway Station", EntityType.Location)], Corrected("At the Seoul Railway Station.", ("Seoul Railway Station", EntityType.Organization)));
        Assert.Equal([("Rodong Sinmun", EntityType.Organization)], Corrected("Rodong Sinmun reported it.", ("Rodong Sinmun", EntityType.Person)));
    }

    [Fact]
    public void A_news_outlet_is_an_organisation() =>
        Assert.Equal([("Al Jazeera", EntityType.Organization)], Corrected("Al Jazeera reported the strike.", ("Al Jazeera", EntityType.Person)));

    [Fact]
    public void Time_stamp_days_and_sign_off_verbs_are_no_names()
    {
        Assert.Equal([], Corrected("Updated 7:42 PM, Wed May 8", ("Wed", EntityType.Organization)));
        Assert.Equal(
            [("Rhea Thomas", EntityType.Person), ("Seoul", EntityType.Location), ("Sonali Paul", EntityType.Person)],
            Corrected("Reporting by Rhea Thomas in Seoul; Editing by Sonali Paul", ("Rhea Thomas", EntityType.Person), ("Seoul", EntityType.Location), ("Editing", EntityType.Location), ("Sonali Paul", EntityType.Person)));
    }

    [Fact]
    public void Without_a_dateline_spans_stay_as_tagged_except_non_names()
    {
        Assert.Equal(
            [("WASHINGTON", EntityType.Location), ("Ford", EntityType.Organization)],
            Corrected("WASHINGTON said Ford <F> and Co would.", ("WASHINGTON", EntityType.Location), ("Ford", EntityType.Organization), ("F", EntityType.Misc), ("Co", EntityType.Location)));
        Assert.Equal([], Corrected("Shr 12 cts vs 10 cts", ("Shr", EntityType.Organization)));
        Assert.Equal(
            [("Moody's", EntityType.Organization)],
            Corrected("Moody's rated it AA as GNP rose, at 10 a.m. EST.", ("Moody's", EntityType.Organization), ("AA", EntityType.Organization), ("GNP", EntityType.Organization), ("EST", EntityType.Misc)));
        // Not the motoring association, nor a ticker.
        Assert.Equal([("AAA", EntityType.Organization)], Corrected("AAA said gasoline prices rose.", ("AAA", EntityType.Organization)));
        Assert.Equal([("GATX Corp", EntityType.Organization), ("GMT", EntityType.Organization)], Corrected("GATX Corp <GMT> said.", ("GATX Corp", EntityType.Organization), ("GMT", EntityType.Organization)));
        Assert.Equal(
            [("Shell Francaise", EntityType.Organization), ("SFMF", EntityType.Organization)],
            Corrected("Shell Francaise <SFMF.PA> said.", ("Shell Francaise", EntityType.Organization), ("SFMF", EntityType.Organization), ("PA", EntityType.Organization)));
        Assert.Equal([("REUTER", EntityType.Organization)], Corrected("REUTER CANADA BUSINESS HIGHLIGHTS", ("REUTER", EntityType.Person)));
    }

    [Fact]
    public void A_country_read_as_something_else_is_a_place()
    {
        Assert.Equal(
            [("Philippines", EntityType.Location), ("Philippine National Bank", EntityType.Organization)],
            Corrected("The Philippines and the Philippine National Bank agreed.", ("Philippines", EntityType.Organization), ("Philippine National Bank", EntityType.Organization)));
        Assert.Equal([("U.S.S.R.", EntityType.Location)], Corrected("Exports to the U.S.S.R. rose.", ("U.S.S.R.", EntityType.Organization)));
        Assert.Equal([("USSR's", EntityType.Location)], Corrected("The USSR's grain buying.", ("USSR's", EntityType.Misc)));
        Assert.Equal([("Us", EntityType.Misc)], Corrected("Us and Them tour.", ("Us", EntityType.Misc)));
        Assert.Equal([("the Netherlands", EntityType.Location)], Corrected("Talks in the Netherlands ended.", ("the Netherlands", EntityType.Organization)));
        Assert.Equal([("PHILIPPINES", EntityType.Location)], Corrected("PHILIPPINES SUGAR OUTPUT FALLS", ("PHILIPPINES", EntityType.Organization)));
        Assert.Equal([("Bolivia", EntityType.Location)], Corrected("Bolivia said tin output fell.", ("Bolivia", EntityType.Person)));
        // As the mention will hold it, without the prefix the tagger ran into it.
        Assert.Equal([("anti-Philippines", EntityType.Location)], Corrected("They chanted anti-Philippines slogans.", ("anti-Philippines", EntityType.Misc)));
        // Only a whole mention, and a person stays one when the country is also a person's name.
        Assert.Equal(
            [("Jordan", EntityType.Person), ("Japan Airlines", EntityType.Organization), ("Soviet", EntityType.Misc)],
            Corrected("Jordan flew Japan Airlines to a Soviet port.", ("Jordan", EntityType.Person), ("Japan Airlines", EntityType.Organization), ("Soviet", EntityType.Misc)));
        Assert.Equal([("Jordan", EntityType.Location)], Corrected("Jordan's king met officials.", ("Jordan", EntityType.Organization)));
    }
}
