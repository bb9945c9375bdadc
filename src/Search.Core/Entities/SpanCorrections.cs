using System.Text.RegularExpressions;
using Search.Core.Articles;

namespace Search.Core.Entities;

/// <summary>
/// Fixes to the tagger's spans that news layout makes safe. A dateline's place (`DENVER, March 3 -`,
/// `ST. LOUIS, March 26 -`, `SEOUL (Reuters) -`) is one location: in capitals at the start of a
/// paragraph the tagger read some as people (`DENVER` 110 times in Reuters) or cut them (`LOUIS`). The
/// state or country after it (`OMAHA, Neb., March 2 -`) is a location too, and the agency in brackets an organisation.
/// Words of earnings tables and company suffixes standing alone (`Shr`, `Qtly`, `Inc`, `Co`) and single
/// letters (the ticker `<F>`) and the exchange of an instrument code (`PA` in `<RENA.PA>`) are not entities,
/// whatever the tagger says, nor are credit ratings and economic measures (`AA`, `GNP`); a news agency is an organisation,
/// and a country read as something else is a place (<see cref="CountryNames"/>).
/// </summary>
public static partial class SpanCorrections
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Co", "Corp", "Corporation", "Ltd", "Plc", "LLC", "AG", "SA", "NV", "Cos",
        "Shr", "Shrs", "Qtly", "Qtr", "Wk", "Mths", "Cts", "Vs", "Revs", "Avg", "Oper", "Dlrs", "Mln", "Pct", "Div",
        // Days in a live blog's time stamps (`Updated 7:42 PM EDT, Wed May 8`), and the verbs of a sign-off (`; Editing by`).
        "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Reporting", "Editing", "Writing",
    };

    // Economic measures and time zones the tagger read as organisations (`GNP rose`, `10 a.m. EST`), as
    // written (a ticker `<GMT>` in brackets is GATX's, and stays).
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "GNP", "GDP", "VAT", "SDR", "SDRs", "FRN", "FRNs", "PSBR", "EST", "EDT", "GMT", "UTC", "PST", "PDT", "CST", "CDT", "MST", "MDT", "BST", "CET",
        "CEST", "JST", "KST", "PM PT", "PM ET", "AM PT", "AM ET",
    };

    // Credit ratings, in a paragraph about ratings only (`rated AA`, `downgraded to BBB`): `AAA said gasoline
    // prices rose` is the motoring association, `American Airlines (AA)` the airline.
    private static readonly HashSet<string> Ratings = new(StringComparer.Ordinal) { "AAA", "AA", "BBB", "BB" };

    /// <summary>
    /// The spans of <paramref name="paragraph"/> with its dateline's place, and the state or country after
    /// it (`Pa.` in `PITTSBURGH, Pa., March 3 -`), tagged as locations, and non-names dropped.
    /// </summary>
    public static IEnumerable<TaggedSpan> Apply(string paragraph, IEnumerable<TaggedSpan> spans)
    {
        var outlets = OutletsIn(paragraph);
        var dateline = DatelineNames(paragraph, outlets);
        foreach (var span in WithPatronymics(paragraph, spans))
        {
            if (dateline.Exists(span.Overlaps) || outlets.Exists(span.Overlaps))
            {
                continue;
            }
            // `Minneapolis-based`, `California-based`: the place, without what it says of the company.
            if (span.End - span.Start > BasedSuffix.Length + 1 && paragraph.AsSpan(span.Start, span.End - span.Start).EndsWith(BasedSuffix, StringComparison.OrdinalIgnoreCase))
            {
                yield return new TaggedSpan(span.Start, span.End - BasedSuffix.Length, EntityType.Location);
                continue;
            }
            var text = NameText(paragraph, span);
            if (IsNoName(paragraph, span, text))
            {
                continue;
            }
            // `REUTER CANADA BUSINESS HIGHLIGHTS`, `a Reuter report`: the agency, read as a person or a place.
            if (IsAgency(text))
            {
                yield return span with { Type = EntityType.Organization };
            }
            // A country the tagger read as something else is a place (one that is also a person's name, such
            // as `Jordan`, stays a person).
            else if (span.Type != EntityType.Location && CountryNames.IsCountry(AsMentioned(paragraph, span), span.Type))
            {
                yield return span with { Type = EntityType.Location };
            }
            // `North Koreans`, `Americans`: a country's people, another name (as CoNLL-2003 labels them), not the place.
            else if (span.Type == EntityType.Location && IsCountrysPeople(AsMentioned(paragraph, span)))
            {
                yield return span with { Type = EntityType.Misc };
            }
            // `Seoul Railway Station`, `Incheon Airport`: a place, whatever else the tagger read it as.
            else if (span.Type != EntityType.Location && IsFacility(AsMentioned(paragraph, span)))
            {
                yield return span with { Type = EntityType.Location };
            }
            else
            {
                yield return span;
            }
        }
        foreach (var name in dateline.Concat(outlets))
        {
            yield return name;
        }
    }

    private const string BasedSuffix = "-based";

    // News outlets whose names hold a country or a common word, which the tagger reads as the place (`USA TODAY`,
    // `FRANCE 24`): each is one organisation wherever the text names it.
    // As written or in capitals, never in other cases: `the USA today` is the country.
    private static readonly string[] OutletNames =
    [
        "USA Today", "USA TODAY", "France 24", "FRANCE 24", "Fox News", "FOX NEWS", "Sky News", "SKY NEWS", "BBC News", "BBC NEWS", "CBS News",
        "CBS NEWS", "NBC News", "NBC NEWS", "ABC News", "ABC NEWS", "Bloomberg News",
    ];

    private static List<TaggedSpan> OutletsIn(string paragraph)
    {
        List<TaggedSpan>? found = null;
        foreach (var name in OutletNames)
        {
            for (var at = paragraph.IndexOf(name, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetterOrDigit(paragraph[end]))
                    && !(char.IsDigit(name[^1]) && CountedAfter(paragraph, end)))
                {
                    (found ??= []).Add(new TaggedSpan(at, end, EntityType.Organization));
                }
            }
        }
        return found ?? [];
    }

    // `in France 24 hours after the attack`: a number of something, not the channel.
    private static bool CountedAfter(string paragraph, int end)
    {
        var rest = paragraph.AsSpan(end).TrimStart();
        var space = rest.IndexOfAny(' ', ',', '.');
        var word = (space < 0 ? rest : rest[..space]).ToString();
        return Units.Contains(word);
    }

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        "hours", "hour", "hrs", "days", "years", "weeks", "months", "minutes", "people", "percent", "per", "times", "km", "miles", "million", "billion",
    };

    /// <summary>
    /// Whether a span names no one: an earnings-table word or a lone company suffix, a single letter, an exchange
    /// code, an economic measure or a rating. Asked of the tagger's spans, and again of every mention once
    /// trimmed, since trimming can leave one (`Co` of `Co <LLY`, `L` of `.L>`).
    /// </summary>
    internal static bool IsNoName(string paragraph, TaggedSpan span) => IsNoName(paragraph, span, NameText(paragraph, span));

    private static bool IsNoName(string paragraph, TaggedSpan span, ReadOnlySpan<char> text) =>
        IsExchangeSuffix(paragraph, span) || text.Length <= 1 || NotNames.Contains(text.ToString()) || IsMeasureOrRating(paragraph, span, text.ToString());

    // The span's text without the brackets and punctuation the tagger's tokens carry (`<Genencor`, `Co>`).
    private static ReadOnlySpan<char> NameText(string paragraph, TaggedSpan span) =>
        paragraph.AsSpan(span.Start, span.End - span.Start).Trim().Trim("<>().,;:'\"");

    // The tagger read the state of 158 `PITTSBURGH, Pa.,` datelines as an organisation, and left most
    // `Conn.` untagged. A region's final dot is left out as the tagger leaves it out of `Calif.`, unless
    // the region is an abbreviation with dots inside it (`N.J.`), which keeps all of them.
    private static List<TaggedSpan> DatelineNames(string paragraph, List<TaggedSpan> outlets)
    {
        var dateline = Dateline().Match(paragraph);
        if (!dateline.Success)
        {
            return [];
        }
        var place = dateline.Groups["place"];
        // `CNN — ` and `AP — ` open a story with its source, not its place; and `NATO — the military alliance of 32
        // countries — will meet` is an aside: a dateline's text starts a sentence.
        var after = dateline.Index + dateline.Length;
        if (dateline.Groups["bare"].Success
            && (IsAgency(place.ValueSpan) || Networks.Contains(place.Value) || outlets.Exists(o => o.Start < place.Index + place.Length)
                || after >= paragraph.Length || !char.IsUpper(paragraph[after])))
        {
            return [];
        }
        List<TaggedSpan> places = [new(place.Index, place.Index + place.Length, EntityType.Location)];
        if (dateline.Groups["region"] is { Success: true } region)
        {
            var text = region.ValueSpan;
            var end = region.Index + region.Length;
            if (text.EndsWith('.') && !text[..^1].Contains('.'))
            {
                end--;
            }
            places.Add(new TaggedSpan(region.Index, end, EntityType.Location));
        }
        // The agency in brackets (`SEOUL (Reuters) -`, `PARIS (AFP) -`): the tagger glued some to the place
        // (`SEOUL (Reuters`) and passed over others.
        if (dateline.Groups["agency"] is { Success: true } agency)
        {
            places.Add(new TaggedSpan(agency.Index, agency.Index + agency.Length, EntityType.Organization));
        }
        return places;
    }

    private static bool IsMeasureOrRating(string paragraph, TaggedSpan span, string text)
    {
        var inTicker = span.Start > 0 && paragraph[span.Start - 1] == '<';
        return !inTicker && (Measures.Contains(text) || (Ratings.Contains(text) && AboutRatings(paragraph)));
    }

    private static bool AboutRatings(string paragraph) =>
        paragraph.Contains("rated", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("rating", StringComparison.OrdinalIgnoreCase)
        || paragraph.Contains("grade", StringComparison.OrdinalIgnoreCase) || paragraph.Contains("Moody", StringComparison.Ordinal)
        || paragraph.Contains("Standard and Poor", StringComparison.Ordinal) || paragraph.Contains("affirm", StringComparison.OrdinalIgnoreCase);

    // A Reuters instrument code's exchange (`PA` in `<RENA.PA>`, `ST` in `<BIOP.ST>`) names no one; the tagger
    // read it as an organisation in 104 paragraphs.
    private static bool IsExchangeSuffix(string paragraph, TaggedSpan span) =>
        span.Start >= 2 && paragraph[span.Start - 1] == '.' && char.IsLetterOrDigit(paragraph[span.Start - 2])
        && span.End < paragraph.Length && paragraph[span.End] == '>';

    // The name as the mention will hold it (`Philippines` of `anti-Philippines`).
    private static ReadOnlySpan<char> AsMentioned(string paragraph, TaggedSpan span)
    {
        var trimmed = MentionSpans.Trim(paragraph, span);
        return paragraph.AsSpan(trimmed.Start, trimmed.End - trimmed.Start);
    }

    private static bool IsAgency(ReadOnlySpan<char> text) =>
        text.Equals("Reuter", StringComparison.OrdinalIgnoreCase) || Credits.IsAgency(text.ToString()) || Broadcasters.Contains(text.ToString());

    // News outlets that stories name as sources, which the tagger reads as people or places (`Al Jazeera`, and
    // North Korea's `Rodong Sinmun`, which it read as a person). Those with a country or a common word in their
    // name are found in the text instead (OutletNames).
    private static readonly HashSet<string> Broadcasters = new(StringComparer.Ordinal)
    {
        "Al Jazeera", "CNN", "BBC", "NPR", "PBS", "MSNBC", "Deutsche Welle", "Rodong Sinmun", "Xinhua", "KCNA", "Yonhap", "TASS", "Interfax",
    };

    // A country in `-a` with `-n` or `-ns` (`Korean`, `North Koreans`, `Russians`); `Malin` is not Mali's people.
    private static bool IsCountrysPeople(ReadOnlySpan<char> text) =>
        (text.EndsWith("ans", StringComparison.Ordinal) && CountryNames.IsCountry(text[..^2], EntityType.Location))
        || (text.EndsWith("an", StringComparison.Ordinal) && CountryNames.IsCountry(text[..^1], EntityType.Location));

    // The last word of a named place that is a building or a site.
    private static bool IsFacility(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space > 0 && Facilities.Contains(text[(space + 1)..].ToString());
    }

    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal) { "Station", "Airport", "Square", "Bridge", "Harbour", "Harbor", "Stadium" };

    // An Arabic name runs through `bin`, `bint` or `ibn` (`Mohammed bin Abdulrahman Al Thani`), where the tagger
    // ends one name and starts another: two spans joined by one of them, one of the two a person, are one person.
    private static IEnumerable<TaggedSpan> WithPatronymics(string paragraph, IEnumerable<TaggedSpan> spans)
    {
        TaggedSpan? pending = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (pending is { } before && IsPatronymicJoin(paragraph, before.End, span.Start)
                && (before.Type == EntityType.Person || span.Type == EntityType.Person))
            {
                pending = new TaggedSpan(before.Start, span.End, EntityType.Person);
                continue;
            }
            if (pending is { } done)
            {
                yield return done;
            }
            pending = span;
        }
        if (pending is { } last)
        {
            yield return last;
        }
    }

    private static bool IsPatronymicJoin(string paragraph, int end, int start) =>
        start > end && paragraph.AsSpan(end, start - end) is " bin " or " bint " or " ibn ";

    // A place in capitals (words of letters, dots, hyphens, apostrophes), an optional region after a comma,
    // then a date, an agency in brackets or both (`LONDON, Nov 27 (Reuters) -`), then a dash; or, as US papers
    // write it, only an em or en dash and a space (`GREENVILLE, S.C. — The board...`).
    private const string DatelineAgencies = "Reuters|AP|AFP|Bloomberg|UPI|Xinhua|Yonhap|Kyodo|dpa|EFE|ANSA|TASS";

    // Broadcast networks a bare dateline may name besides the agencies and outlets (`NBC —`).
    private static readonly HashSet<string> Networks = new(StringComparer.Ordinal) { "NBC", "ABC", "CBS" };

    [GeneratedRegex(
        @"^(?:(?<place>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})(?= \((?:" + DatelineAgencies + @")\) ?[-—–])|(?<place>\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}))(?:, (?<region>\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?(?:(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?: \((?<agency>" + DatelineAgencies + @")\))?| \((?<agency>" + DatelineAgencies + @")\)) ?[-—–]|(?<bare> ?[—–] ))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();
}
