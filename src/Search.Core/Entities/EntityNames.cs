using System.Text.RegularExpressions;
using Search.Core.Analysis;

namespace Search.Core.Entities;

/// <summary>
/// Canonical forms of entity names: mentions that differ only in case, hyphens vs spaces, diacritics,
/// a possessive, or a leading title or role are one entity. Stateless and thread-safe.
/// </summary>
public static partial class EntityNames
{
    // Titles and roles that may precede a person's name ("Chairman Kim Jong Un", "Unification Minister Kim Yeon-chul").
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "fr", "prof", "professor",
        "president", "vice", "chairman", "chairwoman", "chair", "leader", "minister", "prime", "premier", "chancellor",
        "secretary", "spokesperson", "spokesman", "spokeswoman", "general", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
        "commander", "governor", "gov", "senator", "sen", "rep", "representative", "mayor", "judge", "justice", "ambassador",
        "envoy", "king", "queen", "prince", "princess", "emperor", "pope", "chief", "executive", "ceo", "director",
        "deputy", "former", "late", "foreign", "finance", "defence", "defense", "unification", "state", "supreme", "sheikh",
        "sheriff", "councilman", "councilwoman", "councillor", "councilor", "commissioner", "attorney", "prosecutor",
        "superintendent", "congressman", "congresswoman", "assemblyman", "assemblywoman", "lawmaker", "detective",
    };

    // Roles that are never part of a name, so whatever precedes them is a qualifier of the role
    // ("Japanese Finance Minister Kiichi Miyazawa", "Fed Chairman Paul Volcker"). Titles such as `king`,
    // `general` or `justice` are left out: they are also surnames and name parts (`Martin Luther King Jr`).
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "president", "chairman", "chairwoman", "minister", "premier", "chancellor", "secretary", "spokesperson",
        "spokesman", "spokeswoman", "leader", "governor", "senator", "ambassador", "envoy", "ceo", "commander",
        // Local government, courts and police, as US local news names people (`Coconino County Sheriff Dale Whitaker`).
    };

    // Roles in local government, courts and police, as US local news writes them: dropped with what precedes
    // them only after a place or a body (`Coconino County Sheriff Dale Whitaker`, `Police Detective`), since
    // some are also names (`Bunu Sheriff Musa`); leading, they go as titles (`Councilwoman Denise Albright`).
    private static readonly HashSet<string> LocalRoles = new(StringComparer.Ordinal)
    {
        "sheriff", "councilman", "councilwoman", "councillor", "councilor", "commissioner", "attorney", "prosecutor",
        "superintendent", "congressman", "congresswoman", "assemblyman", "assemblywoman", "lawmaker", "detective",
    };

    private static readonly HashSet<string> LocalBodies = new(StringComparer.Ordinal)
    {
        "county", "city", "district", "town", "township", "village", "borough", "parish", "state", "school", "police", "council", "assistant", "deputy",
    };

    // Abbreviated titles, which are never a name on their own (`Maj.` of `Maj. Gen. Pat Ryder`, split by the tagger).
    private static readonly HashSet<string> AbbreviatedTitles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "rev", "fr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
    };

    // A company's legal form: `Walmart Inc`, `Arm Holdings plc` and `Walmart` are one organisation.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "cos", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "gmbh", "bhd",
    };

    // What a role is "of" or "for" ("Minister for Foreign Affairs", "Chief of Staff"): dropped with the role.
    private static readonly HashSet<string> Departments = new(StringComparer.Ordinal)
    {
        "state", "affairs", "trade", "treasury", "commerce", "agriculture", "energy", "labor", "labour", "industry",
        "interior", "transport", "transportation", "health", "education", "economy", "economic", "international",
        "external", "home", "housing", "oil", "petroleum", "mines", "planning", "development", "staff", "industries", "exchequer",
    };

    /// <summary>
    /// The name to show for entity <paramref name="id"/>, from its forms and their mention counts: the
    /// most frequent full form, but a form in mixed case wins over capitals if it is used at least a
    /// quarter as often, since news datelines set place names in capitals (`NEW YORK, March 3 -`) more
    /// often than the text writes them. In the Reuters corpus datelines outnumber the text's form by at
    /// most 3.2 to 1 (`WASHINGTON` 1,962, `Washington` 755), while acronyms outnumber a mixed-case
    /// spelling by 8 to 1 or more (`OPEC` 592, `Opec` 72; `IBM` 369, `Ibm` 0), so acronyms keep their capitals.
    /// A possessive form counts as the bare one unless it is the more frequent (<see cref="FoldPossessives"/>).
    /// Forms are ranked by count, then ordinally, and returned in that order.
    /// </summary>
    public static (string Display, List<string> Ranked) Display(EntityId id, IEnumerable<KeyValuePair<string, long>> formCounts)
    {
        var counts = FoldPossessives(formCounts).OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var full = counts.Where(f => Key(f.Key, id.Type) == id.Key).ToList();
        var ranked = counts.Select(f => f.Key).ToList();
        if (full.Count == 0)
        {
            return (ranked.FirstOrDefault() ?? id.Key, ranked);
        }
        var mixed = full.FirstOrDefault(f => f.Key.Any(char.IsLower));
        var display = mixed.Key is not null && mixed.Value * MixedCaseShare >= full[0].Value ? mixed.Key : full[0].Key;
        return (display, ranked);
    }

    // A mixed-case form is preferred when used at least 1/MixedCaseShare as often as the most frequent form.
    private const long MixedCaseShare = 4;

    /// <summary>
    /// The canonical key of a name: its folded words, without a possessive, a leading `the`, (for people)
    /// leading titles or (for organisations) a trailing legal form (`Inc`, `plc`); for a place, the country it names if it is another name of one (`U.S.`, `US` and
    /// `United States` are one place).
    /// </summary>
    public static string Key(string name, EntityType type)
    {
        var key = WrittenKey(name, type);
        return type == EntityType.Location ? CountryNames.PlaceKey(key) : key;
    }

    /// <summary>The key of the words as written, before a country's other names are taken as one (`u s`, not `united states`).</summary>
    public static string WrittenKey(string name, EntityType type)
    {
        var words = Words(name, type);
        // `The Bank of England` and `Bank of England` are one entity; the form shown keeps its `The` (`The Hague`).
        var skip = type != EntityType.Person && words.Count > 1 && words[0].Term == "the" ? 1 : 0;
        if (type == EntityType.Person && words.Count == 1 && AbbreviatedTitles.Contains(words[0].Term))
        {
            return "";
        }
        return string.Join(' ', words.Skip(skip).Select(w => w.Term));
    }

    /// <summary>
    /// An organisation's key without its trailing legal form (`jwt group inc` → `jwt group`, `kidder peabody and
    /// co` → `kidder peabody`), or the key itself when it has none or is nothing else. Keys keep the legal form,
    /// since the same base name is often two companies (`Salomon Inc`, `Salomon SA`) and linking calls a
    /// company by part of its name; a user's name is looked up with and without it (<see cref="EntityLookup"/>).
    /// </summary>
    public static string WithoutLegalForm(string key)
    {
        var words = key.Split(' ');
        var count = words.Length;
        while (count > 1 && LegalForms.Contains(words[count - 1]))
        {
            count--;
            if (count > 1 && words[count - 1] == "and")
            {
                count--;
            }
        }
        return count == words.Length ? key : string.Join(' ', words.Take(count));
    }

    /// <summary>The legal forms a company's name may end with, as key words (`inc`, `corp`, `plc`...).</summary>
    public static IReadOnlyCollection<string> LegalFormWords => LegalForms;

    /// <summary>
    /// The name as written without (for people) leading titles: `Chairman Kim Jong Un's` → `Kim Jong Un's`,
    /// `U.S.` → `U.S.`. A possessive stays: whether it is part of the name (`Moody's`, `Standard and Poor's`)
    /// or grammar (`Reagan's`) shows only across mentions, and <see cref="Display"/> decides.
    /// </summary>
    public static string Form(string name, EntityType type)
    {
        var words = Words(name, type);
        if (words.Count == 0)
        {
            return "";
        }
        var written = name.Trim();
        var trimmed = StripPossessive(name);
        var end = words[^1].End;
        if (trimmed.Length < written.Length)
        {
            end = written.Length;
        }
        // `U.S.` keeps its last period: it belongs to the abbreviation, not to the sentence.
        else if (end < trimmed.Length && MentionSpans.IsAbbreviationPeriod(trimmed, words[0].Start, end))
        {
            end++;
        }
        return WithSingleSpaces(written[words[0].Start..end]);
    }

    // A name written with a no-break space or a double space (`Angela\u00A0Merkel`) is displayed as the one
    // written with a space, so that two articles' forms of it compare equal.
    private static string WithSingleSpaces(string form)
    {
        if (!form.Any(c => char.IsWhiteSpace(c) && c != ' ') && !form.Contains("  ", StringComparison.Ordinal))
        {
            return form;
        }
        return string.Join(' ', form.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Counts a possessive form as its bare form (`Reagan's` as `Reagan`) unless it is the more frequent of
    /// the two, as a name that ends in `'s` is (`Moody's`, written bare only by mistake).
    /// </summary>
    private static Dictionary<string, long> FoldPossessives(IEnumerable<KeyValuePair<string, long>> formCounts)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (form, count) in formCounts)
        {
            counts[form] = counts.GetValueOrDefault(form) + count;
        }
        foreach (var (form, count) in counts.ToList())
        {
            var bare = StripPossessive(form);
            if (bare.Length == 0 || bare.Length == form.Length)
            {
                continue;
            }
            var bareCount = counts.GetValueOrDefault(bare);
            // A trailing apostrophe alone never belongs to a name (`Jones'`); an `'s` does when it is the more frequent form.
            if (form.Length - bare.Length == 1 || bareCount >= count)
            {
                counts[bare] = bareCount + count;
                counts.Remove(form);
            }
        }
        return counts;
    }

    private static List<Word> Words(string name, EntityType type)
    {
        var words = WordScanner.Words(StripPossessive(name));
        if (type == EntityType.Person)
        {
            // Everything up to the last role goes ("West German Chancellor Helmut Kohl" → "Helmut Kohl"), then leading titles.
            var skip = 0;
            for (var i = words.Count - 2; i > 0; i--)
            {
                if (Roles.Contains(words[i].Term) || (LocalRoles.Contains(words[i].Term) && LocalBodies.Contains(words[i - 1].Term)))
                {
                    skip = i + 1;
                    break;
                }
            }
            // Then leading titles, and a role's department after `of` or `for` ("Secretary of State James Baker").
            var inDepartment = false;
            while (skip < words.Count - 1)
            {
                var term = words[skip].Term;
                if (skip > 0 && term is "of" or "for")
                {
                    inDepartment = true;
                }
                else if (!Titles.Contains(term) && !(inDepartment && (term == "the" || Departments.Contains(term))))
                {
                    break;
                }
                skip++;
            }
            words.RemoveRange(0, skip);
        }
        return words;
    }

    private static string StripPossessive(string name) => Possessive().Replace(name.Trim(), "");

    [GeneratedRegex(@"['’](?:s|S)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
