using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>
/// Recognises photo credits (`Ahn Young-joon / AP`, `Photo: X / Reuters`, `AP Photo/X`), also glued to the
/// caption before them (`...Kim Jong Un.Ahn Young-joon / AP`) or in brackets (`(AP Photo/Ahn Young-joon)`),
/// contributor lines (`Reuters contributed to this report.`, `Reporting by J. Smith; Editing by Will Dunham`)
/// and bylines (`By Hyonhee Shin, Reuters`).
/// </summary>
public static partial class Credits
{
    /// <summary>True for a line that only credits people or agencies.</summary>
    public static bool IsCreditLine(string line)
    {
        // Scraped captions often space with no-break spaces; the patterns are written with plain ones.
        // Replaced one for one, so positions in the line stay the same.
        line = WithPlainSpaces(line);
        return (MayBeContributorLine(line) && IsContributorLine(ContributorPattern().Match(line)))
            || (line.StartsWith("By ", StringComparison.Ordinal) && line.Length <= MaxBylineLength && IsByline(BylinePattern().Match(line)))
            || ((line.Contains('/') || line.Contains(':')) && IsPhotoCredit(PhotoCreditPattern().Match(line)));
    }

    /// <summary>
    /// The names in a photo credit line (<see cref="IsCreditLine"/>): the photographer, as a person, when
    /// the credit names one, and each agency (`AFP` and `Getty Images` in `X / AFP via Getty Images`), as
    /// positions in <paramref name="line"/>. Empty for any other line.
    /// </summary>
    public static IReadOnlyList<CreditName> PhotoCreditNames(string line)
    {
        line = WithPlainSpaces(line);
        var match = line.Contains('/') || line.Contains(':') ? PhotoCreditPattern().Match(line) : Match.Empty;
        if (!IsPhotoCredit(match))
        {
            return [];
        }
        // `AP/Dow Jones`, `Reuters/General Motors`: an agency and a source, not a photographer. Agencies put the
        // photographer after their name only as `AP Photo/X` and `REUTERS/X`, in capitals.
        if (match.Groups["first"].Success && !match.Groups["photo"].Success && !PhotographerAfter.Contains(match.Groups["first"].Value))
        {
            return [];
        }
        var names = new List<CreditName>();
        var credited = match.Groups["name"];
        if (credited.Success && KindOfCredited(credited.Value) is { } isPerson)
        {
            names.Add(new CreditName(credited.Index, credited.Index + credited.Length, isPerson));
        }
        var agencies = match.Groups["first"].Success ? match.Groups["first"] : match.Groups["agency"];
        var start = agencies.Index;
        foreach (var agency in agencies.Value.Split(" via "))
        {
            names.Add(new CreditName(start, start + agency.Length, IsPerson: false));
            start += agency.Length + " via ".Length;
        }
        return names.OrderBy(n => n.Start).ToList();
    }

    private static readonly HashSet<string> PhotographerAfter = new(StringComparer.Ordinal) { "REUTERS" };

    // Who a credit names before the agency: a person (true), an organisation (false: `Kyodo News / Reuters`,
    // `Yonhap News Agency / Reuters`, `Korea Summit Press Pool / Reuters`), or no one (null: `Handout / Reuters`,
    // `Stringer / AFP`, `File Photo / AP`, or a single word).
    private static bool? KindOfCredited(string name)
    {
        var words = name.Split(' ');
        if (words.Any(Desks.Contains))
        {
            return null;
        }
        if (KnownAgencies.Contains(name) || words.Any(word => OrganisationWords.Contains(word) || AgencyWords.Contains(word) || NotPeople.Contains(word)))
        {
            return false;
        }
        // Two words, or one with an initial glued on (`J.Smith`).
        return words.Length >= 2 || name.TrimEnd('.').Contains('.') ? true : null;
    }

    private static readonly HashSet<string> Desks = new(StringComparer.OrdinalIgnoreCase) { "Handout", "Stringer", "File", "Staff", "Courtesy" };

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Agency", "Service", "Television", "TV", "Broadcasting", "Network", "Times", "Post", "Journal", "Herald", "Ministry",
        "Office", "Government", "Department", "Corp", "Inc", "Ltd", "Exchange", "Associated", "Press", "Pool",
    };

    private static string WithPlainSpaces(string line) =>
        line.AsSpan().IndexOfAny(WideSpaces) < 0 ? line : string.Create(line.Length, line, static (chars, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                chars[i] = WideSpaces.Contains(text[i]) ? ' ' : text[i];
            }
        });

    private static readonly System.Buffers.SearchValues<char> WideSpaces = System.Buffers.SearchValues.Create("\u00A0\u2007\u202F\u2009\u200A");

    private const int MaxBylineLength = 120;

    /// <summary>
    /// Splits a trailing photo credit off a caption. Returns false when the line does not end in one.
    /// The caption keeps its final punctuation; the credit is returned without surrounding space.
    /// </summary>
    public static bool TrySplitTrailingCredit(string line, out string caption, out string credit)
    {
        var probe = WithPlainSpaces(line);
        // Cheap test first: nearly every line has no slash at all, and the pattern is not cheap.
        var match = probe.Contains('/') || probe.Contains(':') ? TrailingCreditPattern().Match(probe) : Match.Empty;
        if (!IsPhotoCredit(match))
        {
            caption = line;
            credit = "";
            return false;
        }
        var creditGroup = match.Groups["credit"];
        // In brackets after a caption without a final stop, only a credit that says it is one (`... City (AP
        // Photo/X)`, `(Photo by X / AFP)`): `The share price rose (AP/Dow Jones)` is a sentence and its source.
        if (creditGroup.Value.StartsWith('(') && !EndsSentence(line[..creditGroup.Index].TrimEnd())
            && !match.Groups["photo"].Success && !match.Groups["lead"].Success)
        {
            caption = line;
            credit = "";
            return false;
        }
        caption = line[..creditGroup.Index].TrimEnd();
        credit = creditGroup.Value.Trim();
        return caption.Length > 0;
    }

    // `Jane Doe in Seoul contributed.` credits; `Higher energy costs and a weaker yen also contributed.` and
    // `Both Japan and China contributed.` are news. Without `reporting` or `to this report`, the line
    // credits when it names a reporter's job or an agency, or when it is only names (a run of two
    // capitalised words at least, joined by `and`, `in`, commas) and does not start like a sentence.
    private static bool IsContributorLine(Match match)
    {
        if (!match.Success || !match.Groups["subject"].Success || match.Groups["formal"].Success)
        {
            return match.Success;
        }
        var words = match.Groups["subject"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(word => ContributorWords.Contains(word.TrimEnd('.')) || KnownAgencies.Contains(word)))
        {
            return true;
        }
        var namesOnly = words.All(word => char.IsUpper(word[0]) || NameJoiners.Contains(word));
        var twoNamesInARow = words.Zip(words.Skip(1)).Any(pair => char.IsUpper(pair.First[0]) && char.IsUpper(pair.Second[0]));
        // Countries contribute to results, not to reports (`Saudi Arabia and Kuwait contributed.`).
        var countries = match.Groups["subject"].Value.Split([" and ", ", ", " & "], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => Entities.CountryNames.IsCountry(part.Trim(), Entities.EntityType.Misc));
        return namesOnly && twoNamesInARow && !countries && !SentenceStarts.Contains(words[0]);
    }

    // `By Hyonhee Shin, Reuters`: names of two words or more. `By Region`, `By Friday.`, `By The Numbers` and
    // `By Tuesday Morning` are headings or sentences.
    private static bool IsByline(Match match) =>
        match.Success && !match.Groups["names"].Captures.Any(name => NotNameStarts.Contains(name.Value.Split(' ')[0])
            || name.Value.Split(' ').Any(TitleCaseJoiners.Contains));

    // A joiner written capitalised is a title in title case (`By Land And Sea`, `By Order Of The Court`), not a name.
    private static readonly HashSet<string> TitleCaseJoiners = new(StringComparer.Ordinal) { "And", "Of", "The", "From", "To", "For", "With", "In", "On", "At", "By" };

    private static readonly HashSet<string> NotNameStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "Then", "Now", "Last", "Next", "Early", "Late", "Mid", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Christmas", "Midday", "Noon", "Midnight", "Contrast", "Comparison",
    };

    private static readonly HashSet<string> ContributorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "staff", "journalist", "journalists",
        "researcher", "researchers", "editor", "editors", "photographer", "photographers", "Press", "Reuter",
    };

    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "and", "&", "in", "from", "at", "of" };

    private static readonly HashSet<string> SentenceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Both", "All", "Each", "Several", "Many", "Most", "Some", "Other", "Others", "These", "Those", "They", "It", "This", "That",
        "The", "Their", "Its", "Such", "Higher", "Lower", "Rising", "Falling", "Strong", "Weak", "Weaker", "Stronger",
    };

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?\"”’".Contains(text[^1]);

    private static bool MayBeContributorLine(string line) =>
        line.Contains("contributed", StringComparison.Ordinal)
        || line.Contains(" by ", StringComparison.Ordinal)
        || line.StartsWith("Reuter", StringComparison.OrdinalIgnoreCase);

    // Whether a line shaped like a credit is one. With a lead-in (`Photo:`), it is. Otherwise a name in
    // capitals is a heading (`SOYBEAN CAKE/MEAL`); after the agency (`AP Photo/X`, `REUTERS/X`), a person's
    // name has two words or more and is not a poll or an index (`Reuters/Ipsos Poll`); before it, the agency
    // must be known or named like one (`... Images`, `... via ...`), or `Oil Prices/Energy Markets` would be one.
    private static bool IsPhotoCredit(Match match)
    {
        if (!match.Success)
        {
            return false;
        }
        if (match.Groups["lead"].Success)
        {
            return true;
        }
        var name = match.Groups["name"].Value;
        if (!name.Any(char.IsLower))
        {
            return false;
        }
        if (match.Groups["first"].Success)
        {
            var words = name.Split(' ');
            return match.Groups["photo"].Success || (words.Length >= 2 && !NotPeople.Contains(words[^1]));
        }
        var agency = match.Groups["agency"].Value;
        return KnownAgencies.Contains(agency) || agency.Split(' ').Any(AgencyWords.Contains);
    }

    private static readonly HashSet<string> NotPeople = new(StringComparer.OrdinalIgnoreCase) { "Poll", "Polls", "Survey", "Index", "Report", "Data", "Research" };

    // Words that name a photo source: `SOPA Images`, `Bloomberg via Getty Images`, `Pool Photo`, `Zuma Press`.
    private static readonly HashSet<string> AgencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Images", "Image", "Photo", "Photos", "Pictures", "Press", "Wire", "Agency", "Pool", "via",
    };

    /// <summary>Whether <paramref name="name"/> is a news or photo agency that credit lines name (`AP`, `Reuters`, `Getty Images`).</summary>
    public static bool IsAgency(string name) => KnownAgencies.Contains(name);

    private static readonly HashSet<string> KnownAgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "AFP", "EPA", "EPA-EFE", "Reuters", "Getty Images", "Bloomberg", "Yonhap", "Xinhua", "Kyodo", "KCNA", "UPI", "DPA", "ANSA",
        "AAP", "PA", "TASS", "Anadolu", "Shutterstock", "Alamy", "NurPhoto", "Sipa", "The New York Times", "The Washington Post",
        "Associated Press", "The Associated Press", "Agence France-Presse", "Press Association", "Kyodo News", "Jiji Press", "Yonhap News",
    };

    // A period inside a word is an initial's (`J.R.`, `J.Smith`), not the end of a sentence glued to the next (`Un.Ahn`).
    private const string NamePart = @"(?:[\p{L}'’]|(?<=(?<!\p{L})\p{Lu})\.|\.(?!\p{Lu}\p{Ll}))*";
    private const string Name = @"\p{Lu}" + NamePart + @"(?:-\p{L}" + NamePart + ")*";
    private const string Names = Name + @"(?: " + Name + @"){0,3}";
    private const string Agency = @"(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the)(?:[ -]+(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the|-)){0,5}";
    // A credit may end in `, File` (an archive picture) or `, Pool` (a shared one).
    private const string File = @"(?:, (?:File|Pool))?";
    // The agency first, `AP Photo/Ahn Young-joon`, `REUTERS/Kim Hong-Ji`; or a lead-in and a known agency, `Photo: AP`.
    private const string AgencyFirstCredit = @"(?<first>" + AgenciesFirst + @")(?<photo> Photo)? ?/ ?(?<name>" + Names + ")";
    private const string LeadAndAgencyCredit = @"(?<lead>(?:Photo|Photograph|Picture): )(?<agency>" + AgenciesFirst + ")";
    // A name then the agency, after an optional lead-in: `Photo: Juan Gómez / Reuters`, `Photo by Juan Gómez/Getty
    // Images`, `Ahn Young-joon / AP`.
    private const string LeadIn = @"(?<lead>(?:Photo|Photograph|Picture)(?::| by) )";
    private const string NameThenAgency = @"(?<name>" + Names + @") ?/ ?(?<agency>" + Agency + ")";
    private const string PhotoCredit = "(?:" + AgencyFirstCredit + "|" + LeadAndAgencyCredit + "|" + LeadIn + "?" + NameThenAgency + ")" + File;
    // Glued to a caption, a bare `Name / Agency` only with spaces round the slash (`said.Kim/Reuters`-like runs
    // are too easily ordinary text); with a lead-in or the agency first, with or without them.
    private const string GluedPhotoCredit =
        "(?:" + AgencyFirstCredit + "|" + LeadAndAgencyCredit + "|" + LeadIn + NameThenAgency
        + @"|(?<name>" + Names + @") / (?<agency>" + Agency + "))" + File;

    private const string SignOffPart =
        "(?:[Aa]dditional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Gg]raphics|[Ff]act-checking) [Bb]y " + CapWords + "(?: (?:in|from) " + CapWords + ")?";

    // Not `EPA`, also the Environmental Protection Agency (`EPA/Clean Water Act`); its credits are `X / EPA`.
    private const string AgenciesFirst = "AP|AFP|Reuters|REUTERS|Getty Images|Yonhap|Xinhua|Kyodo";

    // AP prints its credits in brackets: `(AP Photo/Ahn Young-joon)`.
    [GeneratedRegex(@"^\s*(?<open>\()?" + PhotoCredit + @"(?(open)\))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    // The credit follows the end of the caption's last sentence, with or without a space after it, or
    // stands in brackets after a space (`... in Seoul (AP Photo/Ahn Young-joon)`).
    // One copy of the credit, so the generated matcher is half the code a build's start-up compiles.
    [GeneratedRegex(
        @"(?:[.!?""”’)]\s?|\s(?=\())(?<credit>(?<open>\()?" + GluedPhotoCredit + @"(?(open)\)))\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    // A capitalised word of a name: `Hyonhee`, `Young-joon`, `J.R.`, `D.C.`, `O'Neill`.
    private const string CapWord = @"\p{Lu}[\p{L}'’.-]*";
    private const string CapWords = CapWord + "(?:(?:,? and |, | & | )" + CapWord + ")*";

    // `By Hyonhee Shin, Reuters`, `By Jane Doe and John Roe`, `By JANE DOE Associated Press`: names of two to
    // four words after `By`, then perhaps the agency. Not `By Jane Doe in Seoul`: `By Popular Demand in Ohio`
    // is the same shape.
    [GeneratedRegex(
        @"^By (?<names>" + CapWord + "(?: " + CapWord + "){1,3})(?:(?:, and |, | and | & )(?<names>" + CapWord + "(?: " + CapWord + "){1,3}))*"
        + "(?:,? " + CapWord + "(?: " + CapWord + @"){0,3})?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(
        @"^\s*(?:(?<subject>\p{Lu}[\p{L}\s,.'’&-]{0,120}?)\s+contributed(?<formal> reporting)?(?: to this (?:report|story|article)(?<formal>))?(?: from [\p{L} ,]+)?\.?" +
        // A sign-off names people and places only (`Reporting by Jane Doe in Washington, D.C.; Editing by J.R.
        // Smith`), so `Compiled by U.S. Agriculture Department analysts from state data.` is a sentence.
        @"|(?:(?:; ?|, | and )?" + SignOffPart + @")+\.?" +
        @"|Reuter|REUTER|Reuters|REUTERS)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContributorPattern();
}

/// <summary>A name in a photo credit, at <see cref="Start"/> to <see cref="End"/> of its line: the photographer or an agency.</summary>
public readonly record struct CreditName(int Start, int End, bool IsPerson);
