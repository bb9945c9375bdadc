using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>
/// Recognises photo credits (`Ahn Young-joon / AP`, `Photo: X / Reuters`, `AP Photo/X`), also glued to the
/// caption before them (`...Kim Jong Un.Ahn Young-joon / AP`), and contributor lines (`Reuters contributed to this report.`).
/// </summary>
public static partial class Credits
{
    /// <summary>True for a line that only credits people or agencies.</summary>
    public static bool IsCreditLine(string line) =>
        (MayBeContributorLine(line) && ContributorPattern().IsMatch(line))
        || ((line.Contains('/') || line.Contains(':')) && IsPhotoCredit(PhotoCreditPattern().Match(line)));

    /// <summary>
    /// Splits a trailing photo credit off a caption. Returns false when the line does not end in one.
    /// The caption keeps its final punctuation; the credit is returned without surrounding space.
    /// </summary>
    public static bool TrySplitTrailingCredit(string line, out string caption, out string credit)
    {
        // Cheap test first: nearly every line has no slash at all, and the pattern is not cheap.
        var match = line.Contains('/') || line.Contains(':') ? TrailingCreditPattern().Match(line) : Match.Empty;
        if (!IsPhotoCredit(match))
        {
            caption = line;
            credit = "";
            return false;
        }
        var creditGroup = match.Groups["credit"];
        caption = line[..creditGroup.Index].TrimEnd();
        credit = creditGroup.Value.Trim();
        return caption.Length > 0;
    }

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
    };

    private const string Name = @"\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*";
    private const string Names = Name + @"(?: " + Name + @"){0,3}";
    private const string Agency = @"(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the)(?:[ -]+(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the|-)){0,5}";
    // A credit may end in `, File` (an archive picture).
    private const string File = @"(?:, File)?";
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

    private const string AgenciesFirst = "AP|AFP|EPA|Reuters|REUTERS|Getty Images|Yonhap|Xinhua|Kyodo";

    [GeneratedRegex(@"^\s*" + PhotoCredit + @"\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    // The credit follows the end of the caption's last sentence, with or without a space after it.
    [GeneratedRegex(@"[.!?""”’)](?<credit>\s?" + GluedPhotoCredit + @")\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    [GeneratedRegex(
        @"^\s*(?:\p{Lu}[\p{L}\s,.'’&-]{0,120}?\s+contributed(?: reporting)?(?: to this (?:report|story|article))?(?: from [\p{L} ,]+)?\.?" +
        @"|(?:Additional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled) by [^.!?]{1,200}\.?" +
        @"|Reuter|REUTER|Reuters|REUTERS)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContributorPattern();
}
