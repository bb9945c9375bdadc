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
        || (line.Contains('/') && (IsPhotoCredit(PhotoCreditPattern().Match(line)) || AgencyFirstPattern().IsMatch(line)));

    /// <summary>
    /// Splits a trailing photo credit off a caption. Returns false when the line does not end in one.
    /// The caption keeps its final punctuation; the credit is returned without surrounding space.
    /// </summary>
    public static bool TrySplitTrailingCredit(string line, out string caption, out string credit)
    {
        // Cheap test first: nearly every line has no slash at all, and the pattern is not cheap.
        var match = line.Contains('/') ? TrailingCreditPattern().Match(line) : Match.Empty;
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

    // A one-word "name" before the slash is only a credit with a lead-in (`Photo:`) or a known agency
    // after it (`Stringer / Reuters`); otherwise `Trade / Economy` would be one.
    private static bool IsPhotoCredit(Match match) =>
        match.Success
        && (match.Groups["lead"].Success || match.Groups["name"].Value.Contains(' ', StringComparison.Ordinal) || KnownAgencies.Contains(match.Groups["agency"].Value));

    /// <summary>Whether <paramref name="name"/> is a news or photo agency that credit lines name (`AP`, `Reuters`, `Getty Images`).</summary>
    public static bool IsAgency(string name) => KnownAgencies.Contains(name);

    private static readonly HashSet<string> KnownAgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "AFP", "EPA", "EPA-EFE", "Reuters", "Getty Images", "Bloomberg", "Yonhap", "Xinhua", "Kyodo", "KCNA", "UPI", "DPA", "ANSA",
    };

    private const string Name = @"\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*";
    private const string Names = Name + @"(?: " + Name + @"){0,3}";
    private const string Agency = @"(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the)(?:[ -]+(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the|-)){0,5}";
    // `Photo: Juan Gómez / Reuters`, `Photo by Juan Gómez/Getty Images`, `Ahn Young-joon / AP`.
    private const string PhotoCredit = @"(?<lead>(?:Photo|Photograph|Picture)(?::| by) )?(?<name>" + Names + @") ?/ ?(?<agency>" + Agency + ")";
    // Glued to a caption, a bare `Name / Agency` only with spaces round the slash (`said.Kim/Reuters`-like runs
    // are too easily ordinary text); with a lead-in (`Photo: X / Reuters`, `Photo by X/Getty Images`) or a known
    // agency first (`AP Photo/Ahn Young-joon`, `REUTERS/Kim Hong-Ji`), with or without them.
    private const string GluedPhotoCredit =
        @"(?:(?<name>" + Names + @") / (?<agency>" + Agency + ")"
        + @"|(?<lead>(?:Photo|Photograph|Picture)(?::| by) )(?<name>" + Names + @") ?/ ?(?<agency>" + Agency + ")"
        + @"|(?<agency>" + AgenciesFirst + @")(?: Photo)? ?/ ?(?<name>" + Names + "))";

    private const string AgenciesFirst = "AP|AFP|EPA|Reuters|REUTERS|Getty Images|Yonhap|Xinhua|Kyodo";

    [GeneratedRegex(@"^\s*" + PhotoCredit + @"\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    // `AP Photo/Ahn Young-joon`, `REUTERS/Kim Hong-Ji`: the agency first.
    [GeneratedRegex(@"^\s*(?:" + AgenciesFirst + @")(?: Photo)? ?/ ?" + Names + @"\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyFirstPattern();

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
