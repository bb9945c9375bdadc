using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>Contributor lines, sign-offs and bylines: the credits that name reporters rather than photographers.</summary>
public static partial class Credits
{
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

    private static bool IsBylineStart(string line) =>
        line.StartsWith("By ", StringComparison.Ordinal) || line.StartsWith("By: ", StringComparison.Ordinal) || line.StartsWith("by ", StringComparison.Ordinal);

    // `By: FRANCE 24`, `by Nolan Achebe` and `By Darryl Coote | Nov. 3, 2025 / 9:18 PM` as `By ...` with the names only.
    private static string AsByline(string line)
    {
        var names = line[(line.IndexOf(' ') + 1)..];
        var bar = names.IndexOf(" | ", StringComparison.Ordinal);
        return "By " + (bar > 0 && names[bar..].Any(char.IsDigit) ? names[..bar] : names);
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

    // Lines that say who wrote the story or where it came from: a reporter's job on a line of its own (`Staff
    // Writer`, `Helena Marsh Environment correspondent`: capitalised words, then the job), `Reporting from San
    // Pedro de Atacama, Chile`, a source that is an agency (`Source: Al Jazeera and news agencies`), and a
    // press release's `SOURCE Helix Robotics, Inc.`.
    private static bool IsStaffLine(string line)
    {
        if (line.Length > MaxStaffLineLength)
        {
            return false;
        }
        var rest = line.StartsWith("Reporting from ", StringComparison.Ordinal) ? line["Reporting from ".Length..]
            : line.StartsWith("SOURCE ", StringComparison.Ordinal) ? line["SOURCE ".Length..]
            : null;
        if (rest is not null)
        {
            // Places only: `San Pedro de Atacama, Chile`; not `Reporting from Gaza has become nearly impossible...`.
            var names = rest.TrimEnd('.').Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            return names.Length is > 0 and <= MaxPlaceWords && names.All(word => char.IsUpper(word[0]) || NameJoiners.Contains(word) || word is "de" or "la" or "del");
        }
        if (line.StartsWith("Source: ", StringComparison.Ordinal))
        {
            return line.Contains("news agencies", StringComparison.OrdinalIgnoreCase)
                || line["Source: ".Length..].Split([" and ", ", ", "/"], StringSplitOptions.RemoveEmptyEntries).Any(part => KnownAgencies.Contains(part.Trim().TrimEnd('.')));
        }
        if (StaffPattern().IsMatch(line) || KnownAgencies.Contains(line.Trim('(', ')')))
        {
            return true;
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // At most four words: `Jane Smith Named Executive Editor` is a headline, and so is `Letters To The Editor`.
        return words.Length <= 4 && words.Length > 0 && Jobs.Contains(words[^1].TrimEnd('.')) && !NotNameStarts.Contains(words[0])
            && words.All(word => (char.IsUpper(word[0]) && !TitleCaseJoiners.Contains(word)) || word == words[^1]);
    }

    private static readonly HashSet<string> Jobs = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "columnist", "columnists",
        "contributor", "contributors", "photographer", "photographers",
    };

    private const int MaxStaffLineLength = 100;

    private const int MaxPlaceWords = 8;

    // Sign-offs in other papers' forms: Bloomberg's `— With assistance from Dana Kowalski`, the Journal's `Write to
    // Rachel Ostrowski at rachel.ostrowski@wsj.com`, `Information from The Associated Press was used in this
    // report.`, `(With inputs from agencies)`, `Edited by: Rob Mudgett`.
    [GeneratedRegex(
        @"^(?:[—–-] ?)?(?:With assistance from " + CapWords + @"\.?|Write to " + CapWords + @"(?: at \S+@\S+)?\.?"
        + @"|Information from (?:The )?(?:Associated Press|AP|Reuters|AFP|Bloomberg) was used in this (?:report|story|article)\.?"
        + @"|\(With inputs from [^()]{1,40}\)|Edited by: " + CapWords + ")$",
        RegexOptions.CultureInvariant)]
    private static partial Regex StaffPattern();

    // Contributor lines are short; the pattern's runs of names can be read many ways, so a long line of them that
    // does not match would take time doubling with each name.
    private static bool MayBeContributorLine(string line) =>
        line.Length <= MaxContributorLineLength
        && (line.Contains("contributed", StringComparison.Ordinal) || line.Contains(" by ", StringComparison.Ordinal)
            || line.StartsWith("Reuter", StringComparison.OrdinalIgnoreCase) || line.EndsWith("Associated Press", StringComparison.Ordinal));

    private const int MaxContributorLineLength = 300;

    private const string SignOffPart =
        "(?:[Aa]dditional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Gg]raphics|[Ff]act-checking) [Bb]y " + CapWords + "(?: (?:in|from) " + CapWords + "){0,4}";

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
        @"|Reuter|REUTER|Reuters|REUTERS|(?:The )?Associated Press)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ContributorPattern();
}
