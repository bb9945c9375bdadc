using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>
/// Recognises photo credits (`Ahn Young-joon / AP`), also glued to the caption before them
/// (`...Kim Jong Un.Ahn Young-joon / AP`), and contributor lines (`Reuters contributed to this report.`).
/// </summary>
public static partial class Credits
{
    /// <summary>True for a line that only credits people or agencies.</summary>
    public static bool IsCreditLine(string line) =>
        (MayBeContributorLine(line) && ContributorPattern().IsMatch(line)) || (line.Contains(" / ", StringComparison.Ordinal) && PhotoCreditPattern().IsMatch(line));

    /// <summary>
    /// Splits a trailing photo credit off a caption. Returns false when the line does not end in one.
    /// The caption keeps its final punctuation; the credit is returned without surrounding space.
    /// </summary>
    public static bool TrySplitTrailingCredit(string line, out string caption, out string credit)
    {
        // Cheap test first: nearly every line has no " / " at all, and the pattern is not cheap.
        var match = line.Contains(" / ", StringComparison.Ordinal) ? TrailingCreditPattern().Match(line) : Match.Empty;
        if (!match.Success)
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

    private const string Name = @"\p{Lu}[\p{L}'’.]*(?:-\p{L}[\p{L}'’.]*)*";
    private const string Agency = @"(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the)(?:[ -]+(?:\p{Lu}[\p{L}&.'’-]*|via|for|of|the|-)){0,5}";
    private const string PhotoCredit = Name + @"(?: " + Name + @"){0,3} / " + Agency;

    [GeneratedRegex(@"^\s*" + PhotoCredit + @"\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditPattern();

    // The credit follows the end of the caption's last sentence, with or without a space after it.
    [GeneratedRegex(@"[.!?""”’)](?<credit>\s?" + PhotoCredit + @")\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCreditPattern();

    [GeneratedRegex(
        @"^\s*(?:\p{Lu}[\p{L}\s,.'’&-]{0,120}?\s+contributed(?: reporting)?(?: to this (?:report|story|article))?(?: from [\p{L} ,]+)?\.?" +
        @"|(?:Additional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled) by [^.!?]{1,200}\.?" +
        @"|Reuter|REUTER|Reuters|REUTERS)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContributorPattern();
}
