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
    /// <summary>True for a line that only credits people or agencies: a photo's credit or a writers' credit.</summary>
    public static bool IsCreditLine(string line) => IsPhotoCreditLine(line) || IsWritersCreditLine(line);

    /// <summary>True for a byline, a sign-off or a contributor line (<see cref="IsCreditLine"/> without photo credits).</summary>
    public static bool IsWritersCreditLine(string line)
    {
        // Scraped captions often space with no-break spaces; the patterns are written with plain ones.
        // Replaced one for one, so positions in the line stay the same.
        line = WithPlainSpaces(line);
        return (MayBeContributorLine(line) && IsContributorLine(ContributorPattern().Match(line)))
            || (IsBylineStart(line) && line.Length <= MaxBylineLength && IsByline(BylinePattern().Match(AsByline(line))))
            || IsStaffLine(line);
    }

    /// <summary>True for a line that only credits a photo (`Photo: AP`, `[Eyad Baba/AFP]`, `Credit...Jane Doe for The New York Times`).</summary>
    public static bool IsPhotoCreditLine(string line)
    {
        line = WithPlainSpaces(line);
        // `© Jonathan Brady/PA`, `© Ludovic Marin, AFP`: a photo's copyright names its photographer, not a year.
        if (line.StartsWith('©') && line.Length <= MaxBylineLength)
        {
            var rest = line[1..].TrimStart();
            return rest.Length > 0 && !char.IsDigit(rest[0])
                && IsPhotoCredit(PhotoCreditPattern().Match(rest.Split(", ").Length == 2 ? rest.Replace(", ", " / ", StringComparison.Ordinal) : rest));
        }
        return ((line.Contains('/') || line.Contains(':')) && IsPhotoCredit(PhotoCreditPattern().Match(line)))
            || (line.Length <= MaxBylineLength && (line.Contains("redit", StringComparison.Ordinal) || line.StartsWith("Listing image", StringComparison.Ordinal))
                && CreditLabelPattern().IsMatch(line));
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
        if (!IsPhotoCredit(match) && probe.Contains("redit", StringComparison.Ordinal))
        {
            match = TrailingCreditLabelPattern().Match(probe);
        }
        if (!match.Success || (!match.Groups["label"].Success && !IsPhotoCredit(match)))
        {
            return TrySplitAgencyAfterSentence(line, out caption, out credit);
        }
        var creditGroup = match.Groups["credit"];
        // In brackets after a caption without a final stop, an agency first only when the credit says it is one
        // (`... City (AP Photo/X)`; `The share price rose (AP/Dow Jones)` is a sentence and its source); a person
        // then the agency is one (`... walkout in July (Jordan Pettitt/PA Wire)`; not a pollster, `(YouGov/The Times)`).
        if (creditGroup.Value.StartsWith('(') && !EndsSentence(line[..creditGroup.Index].TrimEnd())
            && !match.Groups["photo"].Success && !match.Groups["lead"].Success
            && (match.Groups["first"].Success || match.Groups["name"].Value.Split(' ').Length < 2))
        {
            caption = line;
            credit = "";
            return false;
        }
        caption = line[..creditGroup.Index].TrimEnd().TrimEnd('|').TrimEnd();
        credit = creditGroup.Value.Trim();
        return caption.Length > 0;
    }

    // An agency alone after the caption's last sentence and a bar, as Japanese papers write it (`... in Tokyo on
    // Friday. | Kyodo`), or the Wall Street Journal's credit in capitals (`... last year. PHOTO: TIM GRUBER FOR THE
    // WALL STREET JOURNAL`). Not `... the ministry said. (Yonhap)`: Korean papers end their text so.
    private static bool TrySplitAgencyAfterSentence(string line, out string caption, out string credit)
    {
        caption = line;
        credit = "";
        var trimmed = line.TrimEnd();
        if (trimmed.Length > MaxCaptionWithAgency)
        {
            return false;
        }
        var bar = trimmed.LastIndexOf(" | ", StringComparison.Ordinal);
        var photo = trimmed.LastIndexOf(" PHOTO: ", StringComparison.Ordinal);
        var (at, name) = bar > 0 ? (bar, trimmed[(bar + 3)..])
            : photo > 0 ? (photo, trimmed[(photo + 1)..])
            : (-1, "");
        var isCredit = at > 0 && EndsSentence(trimmed[..at])
            && (photo == at ? name.Length <= 80 && !name.Any(char.IsLower) : KnownAgencies.Contains(name));
        if (!isCredit)
        {
            return false;
        }
        caption = trimmed[..at];
        credit = at == bar ? name : trimmed[(at + 1)..];
        return true;
    }

    // A caption is short; a paragraph of text that ends with its source in brackets stays text.
    private const int MaxCaptionWithAgency = 300;

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?\"”’".Contains(text[^1]);

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
        // A newspaper crediting its own photographer (`Irfan Dorsey / Los Angeles Times`, `Nathan Liu/The Globe and Mail`).
        "Times", "Post", "Journal", "Herald", "Tribune", "Mail", "Telegraph",
    };

    /// <summary>Whether <paramref name="name"/> is a news or photo agency that credit lines name (`AP`, `Reuters`, `Getty Images`).</summary>
    public static bool IsAgency(string name) => KnownAgencies.Contains(name);

    private static readonly HashSet<string> KnownAgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "AFP", "EPA", "EPA-EFE", "Reuters", "Getty Images", "Bloomberg", "Yonhap", "Xinhua", "Kyodo", "KCNA", "UPI", "DPA", "ANSA",
        "AAP", "PA", "TASS", "Anadolu", "Shutterstock", "Alamy", "NurPhoto", "Sipa", "The New York Times", "The Washington Post",
        "Associated Press", "The Associated Press", "Agence France-Presse", "Press Association", "Kyodo News", "Jiji Press", "Yonhap News", "Jiji",
    };

    // A period inside a word is an initial's (`J.R.`, `J.Smith`), not the end of a sentence glued to the next (`Un.Ahn`).
    private const string NamePart = @"(?:[\p{L}'’]|(?<=(?<!\p{L})\p{Lu})\.|\.(?!\p{Lu}\p{Ll}))*";
    private const string Name = @"\p{Lu}" + NamePart + @"(?:-\p{L}" + NamePart + ")*";
    private const string Names = Name + @"(?: " + Name + @"){0,3}";
    private const string Agency = @"(?:\p{Lu}[\p{L}&.'’-]*|dpa|via|for|of|the)(?:[ -]+(?:\p{Lu}[\p{L}&.'’-]*|dpa|via|for|of|the|and|-)){0,5}";
    // A credit may end in `, File` or `/File Photo` (an archive picture) or `, Pool` (a shared one).
    private const string File = @"(?:(?:, |/)(?:File|Pool)(?: Photo)?)?";
    // The agency first, `AP Photo/Ahn Young-joon`, `REUTERS/Kim Hong-Ji`; or a lead-in and a known agency, `Photo: AP`.
    private const string AgencyFirstCredit = @"(?<first>" + AgenciesFirst + @")(?<photo> Photo)? ?/ ?(?<name>" + Names + ")";
    private const string LeadAndAgencyCredit = @"(?<lead>(?:Photo|Photograph|Picture|Pic): )(?<agency>" + AgenciesFirst + "|PA|EPA|dpa|AAP|Jiji)";
    // A name then the agency, after an optional lead-in: `Photo: Juan Gómez / Reuters`, `Photo by Juan Gómez/Getty
    // Images`, `Ahn Young-joon / AP`.
    private const string LeadIn = @"(?<lead>(?:Photo|Photograph|Picture|Pic)(?::| by) )";
    private const string NameThenAgency = @"(?<name>" + Names + @") ?/ ?(?<agency>" + Agency + ")";
    private const string PhotoCredit = "(?:" + AgencyFirstCredit + "|" + LeadAndAgencyCredit + "|" + LeadIn + "?" + NameThenAgency + ")" + File;
    // Glued to a caption, a bare `Name / Agency` only with spaces round the slash (`said.Kim/Reuters`-like runs
    // are too easily ordinary text); with a lead-in or the agency first, with or without them.
    // In square brackets, as Al Jazeera writes them (`... Gaza Strip [Mohammed Salem/Reuters]`), with or without.
    private const string GluedPhotoCredit =
        "(?:" + AgencyFirstCredit + "|" + LeadAndAgencyCredit + "|" + LeadIn + NameThenAgency
        + @"|(?<name>" + Names + @") / (?<agency>" + Agency + @")|(?<=[\[(])" + NameThenAgency + ")" + File;

    // Not `EPA`, also the Environmental Protection Agency (`EPA/Clean Water Act`); its credits are `X / EPA`.
    private const string AgenciesFirst = "AP|AFP|Reuters|REUTERS|Getty Images|Yonhap|Xinhua|Kyodo";

    // AP prints its credits in brackets, `(AP Photo/Ahn Young-joon)`, Al Jazeera in square ones, `[Eyad Baba/AFP]`.
    [GeneratedRegex(@"^\s*(?:(?<open>\()|(?<square>\[))?" + PhotoCredit + @"(?(open)\))(?(square)\])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    // The credit follows the end of the caption's last sentence, with or without a space after it, or
    // stands in brackets after a space (`... in Seoul (AP Photo/Ahn Young-joon)`).
    // One copy of the credit, so the generated matcher is half the code a build's start-up compiles.
    [GeneratedRegex(
        @"(?:[.!?""”’)]\s?|\s(?=[(\[]))(?<credit>(?:(?<open>\()|(?<square>\[))?" + GluedPhotoCredit + @"(?(open)\))(?(square)\]))\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    // The New York Times labels its credits: `Credit...Tomás Munita for The New York Times`, `Credit: Jane Doe/Reuters`.
    private const string CreditLabel = @"(?<label>(?:Credit|(?:Image|Photo|Picture) [Cc]redits?|Listing image)(?:\.\.\.|…|: ))\p{Lu}[^!?;]{0,100}";

    [GeneratedRegex(@"^" + CreditLabel + "$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditLabelPattern();

    // Glued to the caption's last sentence: `... in the Atacama desert.Credit...Tomás Munita for The New York Times`.
    [GeneratedRegex(@"[.!?""”’)]\s?(?:\| )?(?<credit>" + CreditLabel + @")\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditLabelPattern();

}

/// <summary>A name in a photo credit, at <see cref="Start"/> to <see cref="End"/> of its line: the photographer or an agency.</summary>
public readonly record struct CreditName(int Start, int End, bool IsPerson);
