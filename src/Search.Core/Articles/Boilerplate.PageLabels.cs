using System.Text.RegularExpressions;

namespace Search.Core.Articles;

/// <summary>
/// The page's own labels and controls, written on lines of their own (`Subscribe`, `Most Read`, `5 min read`,
/// a time stamp), the section names above a headline, and the link text sites add inside lines.
/// </summary>
public static partial class Boilerplate
{
    /// <summary>
    /// The line without the text sites add to links (reuters.com's `, opens new tab` after every link, and the
    /// `Purchase Licensing Rights` link run into a photo's credit).
    /// </summary>
    public static string WithoutLinkText(string line)
    {
        if (line.Contains(OpensNewTab, StringComparison.OrdinalIgnoreCase))
        {
            line = line.Replace(OpensNewTab, "", StringComparison.OrdinalIgnoreCase).TrimEnd();
        }
        if (line.Length > Licensing.Length && line.EndsWith(Licensing, StringComparison.OrdinalIgnoreCase))
        {
            line = line[..^Licensing.Length].TrimEnd();
        }
        // A byline's follow button (`By Rachel Ostrowski Follow`).
        if (line.StartsWith("By ", StringComparison.Ordinal) && line.EndsWith(" Follow", StringComparison.Ordinal))
        {
            line = line[..^" Follow".Length];
        }
        // A gallery's counter before each photo's caption (`Item 1 of 2 A man walks past...`).
        if (line.StartsWith("Item ", StringComparison.Ordinal) && GalleryCounter().Match(line) is { Success: true } counter && counter.Length < line.Length)
        {
            line = line[counter.Length..];
        }
        return line;
    }

    [GeneratedRegex(@"^Item \d{1,3} of \d{1,3} ", RegexOptions.CultureInvariant)]
    private static partial Regex GalleryCounter();

    /// <summary>
    /// True for a section of the site named above the headline (reuters.com's `World` and `Asia Pacific`), which
    /// is navigation there and would otherwise be taken for the headline.
    /// </summary>
    public static bool IsSectionLabel(string line) => line.Length <= MaxSectionLength && SectionLabels.Contains(line.AsSpan().TrimEnd(" :"));

    private const int MaxSectionLength = 40;

    /// <summary>
    /// True for a label that the site puts over links to other stories (`Related`, `Recommended`, `Read more from
    /// Sky News:`): the headlines listed under it are links, not this article's text.
    /// </summary>
    public static bool IsLinksLabel(string line) =>
        line.Length <= MaxLabelLength
        && (LinksLabels.Contains(line.AsSpan().TrimEnd(" :")) || (line.StartsWith("Read more from ", StringComparison.OrdinalIgnoreCase) && line.EndsWith(':')));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LinksLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Related", "Related stories", "Related articles", "Related coverage", "Related content", "Related news", "Related article", "Recommended",
        "Recommended stories", "Read more", "More on this story", "Read next", "Up next", "Also read", "More from Bloomberg", "Most Read from Bloomberg",
        "Most read", "Most popular", "Most viewed", "Trending", "Top stories", "Explore more on these topics", "More to Read", "More Stories",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SectionLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "World", "Business", "Markets", "Technology", "Tech", "Sustainability", "Legal", "Breakingviews", "Politics", "Science", "Health",
        "Sports", "Sport", "Entertainment", "Lifestyle", "Opinion", "Analysis", "Commentary", "Environment", "Climate", "Economy", "Finance",
        "Money", "Media", "Culture", "Travel", "News", "Latest", "Latest News", "Top News", "Breaking News", "Live", "Exclusive", "Investigations",
        "Energy", "Autos", "Retail", "Deals", "Earnings", "Commodities", "Currencies", "Stocks", "Bonds", "Asia Pacific", "Americas", "Europe",
        "Middle East", "Africa", "Asia", "US", "U.S.", "UK", "China", "India", "Japan", "Local", "National", "International", "Education",
        "Weather", "Crime", "Courts", "Obituaries",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string OpensNewTab = ", opens new tab";
    private const string Licensing = " Purchase Licensing Rights";

    // Short lines that are only a control or a label of the page: compared whole, in any case, without a final
    // stop or colon. A one-word line of text is never a paragraph of news (`Subscribe`, `Comments`).
    private static bool IsFurniture(string line) =>
        line.Length <= MaxFurnitureLength
        && ((line.Length <= MaxLabelLength && FurnitureLines.Contains(line.AsSpan().TrimEnd(". :!…"))) || ReadingTime().IsMatch(line)
            || IsTimeStamp(line)
            || (line.StartsWith("Permalink ", StringComparison.Ordinal) && line.IndexOf(' ', "Permalink ".Length) < 0)
            || line.EndsWith("Sign up here.", StringComparison.OrdinalIgnoreCase) || line.EndsWith("Sign up here", StringComparison.OrdinalIgnoreCase));

    private const int MaxFurnitureLength = 300;

    // Without a label, one date only: two are a table's column headings (`Jul 31, 1996 Jan 31, 1996`).
    private static bool IsTimeStamp(string line)
    {
        var first = FirstWord(line).TrimEnd(',').TrimEnd('.');
        if (!(TimeStampLabels.Contains(first) || DateWords.Contains(first) || char.IsDigit(line[0])) || !TimeStamp().IsMatch(line))
        {
            return false;
        }
        return TimeStampLabels.Contains(first) || Year().Count(line) < 2;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeStampLabels =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Updated", "Published", "Posted", "Last", "First", "Issued", "Date", "Listen" }.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // Longer than any line in FurnitureLines: most lines skip the look-up.
    private const int MaxLabelLength = 80;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureLines = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Subscribe", "Sign in", "Sign up", "Log in", "Login", "Register", "Manage preferences", "Cookie settings", "Menu", "Search", "Home", "Close",
        "Save", "Copy link", "Link copied", "Copy", "Most read", "Most popular", "Most viewed", "Trending", "Top stories", "Comments",
        "View comments", "Leave a comment", "Listen to this article", "Listen", "Gift this article", "Share full article", "Open in app",
        "Ad Feedback", "Sponsored", "Sponsored content", "Paid content", "Related article", "Related articles", "More on this story",
        "Explore more on these topics", "Reuse this content", "after newsletter promotion", "Key events", "Show key events only",
        "Enter your email", "Enter your email address", "Purchase Licensing Rights", "Story continues below advertisement",
        "Continue reading", "Continue reading the main story", "Recommended", "Recommended stories", "Show more", "Show less",
        "Load more", "Read next", "Up next", "Next article", "Previous article", "Back to top", "Report an error", "Watch", "Video",
        "Loading", "Follow", "Follow us", "Bookmark", "Facebook", "Twitter", "LinkedIn", "WhatsApp", "Reddit", "X",
        "Exclusive news, data and analytics for financial market professionals", "Support local journalism. Subscribe today",
        "Story continues", "Story continues below", "Follow us on social media", "hide caption", "toggle caption", "Open this photo in gallery",
        "View Bio", "Prev story", "Next story", "Sponsor Message", "More Stories From NPR", "Toggle more options", "Download",
        "Embed", "Transcript", "Share via", "Close extra sharing options", "Threads", "Copy Link URL Copied!", "e-mail", "About the Author",
        "For Subscribers", "Why you can trust SCMP", "Popular videos", "Bookmark popover", "Removed from bookmarks", "Join our commenting forum",
        "Read our Privacy notice", "Translate", "Resize", "Flipboard", "Send", "Gift Article", "In this article",
        "Keywords", "Tags", "Topics", "(END)", "end of article", "Start a Conversation", "Tap here", "Advertising", "Ad", "Print this page",
        "Why you can trust Sky News", "PHOTO GALLERY (CLICK TO ENLARGE)", "Read more from Sky News", "More from Bloomberg", "Most Read from Bloomberg",
        "Have a confidential tip for our reporters? Get in touch", "Before it's here, it's on the Bloomberg Terminal LEARN MORE",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // `5 min read`, `3 minute read`, `6 min`, `2 min Reading time`: the page's estimate of reading time; `2 hours ago`:
    // when the page was updated; `87 Comments`.
    [GeneratedRegex(@"^\d{1,5} (?:[Cc]omments?(?: \(\d+ [Nn]ew\))?|min(?:ute)?s?(?: read| reading time)?|(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    // The words a time stamp without a label starts with: a day or a month.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateWords =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
            "Sat", "Sun", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A page's time stamp: the label, then only dates, times, days and time zones (`Updated 7:42 PM EDT, Wed May 8,
    // 2024`, `Published On 14 Jul 2024`), or a date and a time with no label (`June 4, 2025 8:41 AM GMT+9 Updated 2
    // hours ago`, `Tue, July 23, 2024, 4:12 AM GMT+9`, `14/10/2025 - 18:23 Modified: 14/10/2025 - 19:05`, a date
    // alone); `Published figures for 1986 showed...` and `March 3` are not.
    private const string DateOrTime =
        // `am` glued to its figure (`9am`) or a token of its own (`9 am`), never either: read two ways, a line of
        // `1 am 1 am ...` that does not match took time doubling with each pair.
        @"(?:\d{1,4}(?:[:./-]\d{1,4})*(?:st|nd|rd|th|[ap]\.?m\.?)?|" + Month
        + "|" + DayName + @"|[ECMP][SD]T|ET|PT|(?:GMT|UTC)(?:[+-]\d{1,2})?|BST|CES?T|JST|KST|AES?T|IST|UK|at|on|\||·|—|-"
        + @"|[ap]\.?m\.?|Updated:?|Modified:?|ago|(?:hour|minute|min|day|week)s?)";

    private const string Month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";

    // A date standing first, with its weekday perhaps: `Tue, July 23, 2024`, `Tuesday 8 April 2025`; its month in
    // words, since dates in figures head the columns of tables (`04/09/87 03/09/87` in Reuters' grain tables).
    private const string DayName = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?";
    private const string Weekday = "(?:" + DayName + ",? )?";
    private const string Date = "(?:" + Month + @" \d{1,2},? \d{4}|\d{1,2} " + Month + @",? \d{4})";

    [GeneratedRegex(
        @"^(?:(?:Last updated|Updated|Published|Posted|First published|Issued on|Date|Listen)(?: on| at)?:?(?:[ ,]+" + DateOrTime + ")+"
        // A time first (`7:00 AM PDT · October 9, 2025`), or a player's time alone (`12:48`).
        + @"|\d{1,2}:\d{2}(?:[ ,]+" + DateOrTime + ")*"
        + "|" + Weekday + Date + "(?:[ ,]+" + DateOrTime + @")*)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();
}
