using Search.Core.Analysis;

namespace Search.Core.Entities;

/// <summary>
/// Resolves the mentions of one article to entities. First, a name tagged with two types in the article
/// takes the one it has most often there. Then, in reading order: a shorter mention of a person or an
/// organisation (`Trump`, `Kim`, `Merrill`) whose words stand inside exactly one earlier, longer name of
/// the same type (`Donald Trump`, `Kim Jong Un`, `Merrill Lynch`) refers to it (places and other names are
/// complete as written: `Mexico` is not `Mexico City`, but `the North` after `North Korea` is North Korea); otherwise a mention with the canonical key of an earlier one is that
/// entity; anything else is a new entity. Then a short name that no longer name preceded (a headline's
/// `Trump` before the body's `Donald Trump`) is linked to the one longer name of the article that
/// contains it. Names that only extend another (`North Koreans` after `North Korea`, `Bank of America
/// Corp` after `Bank of America`) count as that one, so they do not make a short mention ambiguous.
/// </summary>
public static class MentionLinker
{
    /// <summary>Longest mention kept, in characters.</summary>
    public const int MaxMentionLength = 200;

    /// <summary>
    /// Per paragraph (same order as <paramref name="paragraphs"/>), the entity mentions of its tagged
    /// <paramref name="spans"/> in text order. Spans with no words are dropped.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<EntityMention>> LinkArticle(IReadOnlyList<string> paragraphs, IReadOnlyList<IEnumerable<TaggedSpan>> spans)
    {
        var names = new List<Name>();
        var mentions = new List<List<EntityMention>>(paragraphs.Count);
        var tagged = spans.Select(list => list.OrderBy(s => s.Start).ToList()).ToList();
        var mixedCaseNames = MixedCaseNames(paragraphs, tagged);
        // Each name's words, split once for both passes over lines in capitals.
        var longestFirst = mixedCaseNames.Select(n => (Terms: n.Key.Split(' '), Type: n.Value)).OrderByDescending(n => n.Terms.Length).ToList();
        var narrowed = tagged.Select((list, p) => IsInCapitals(paragraphs[p])
            ? WithKnownNames(paragraphs[p], list.Select(span => NarrowToKnownName(paragraphs[p], span, mixedCaseNames, longestFirst)).ToList(), longestFirst)
            : IsTitleCaseHeadline(paragraphs, p) ? list.Select(span => NarrowToKnownName(paragraphs[p], span, mixedCaseNames, longestFirst)).ToList()
            : list).ToList();
        var typed = ArticleNames.AddUntagged(paragraphs, OneTypePerName(paragraphs, narrowed));
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var linked = new List<EntityMention>();
            foreach (var span in typed[p])
            {
                if (Mention(paragraphs[p], span, names) is { } mention)
                {
                    linked.Add(mention);
                }
            }
            mentions.Add(linked);
        }

        var forward = ForwardLinks(names);
        return forward.Count == 0
            ? mentions
            : mentions.Select(list => (IReadOnlyList<EntityMention>)list
                .Select(m => forward.TryGetValue(new EntityId(m.Type, m.EntityKey), out var to) ? m with { EntityKey = to } : m)
                .ToList()).ToList();
    }

    // One sense per discourse: a name the tagger typed two ways in one article (`Commerce Bank` a place in one
    // sentence, a company in the next) takes the type it has most often there, the first one on a tie, so
    // that it is one entity, found under one type. Names are compared as written, without titles or case.
    private static List<List<TaggedSpan>> OneTypePerName(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var votes = new Dictionary<string, List<EntityType>>(StringComparer.Ordinal);
        var keys = spans.Select((list, p) => list.Select(span =>
        {
            var trimmed = MentionSpans.Trim(paragraphs[p], span);
            var key = EntityNames.Key(paragraphs[p][trimmed.Start..trimmed.End], EntityType.Misc);
            if (!votes.TryGetValue(key, out var types))
            {
                votes[key] = types = [];
            }
            types.Add(span.Type);
            return key;
        }).ToList()).ToList();
        var chosen = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (var (key, types) in votes)
        {
            // GroupBy keeps first-seen order, and OrderByDescending is stable: ties go to the first type seen.
            chosen[key] = types.GroupBy(t => t).OrderByDescending(g => g.Count()).First().Key;
        }
        return spans.Select((list, p) => list.Select((span, i) => span with { Type = chosen[keys[p][i]] }).ToList()).ToList();
    }

    // A headline in capitals (`TOWER REPORT DIMINISHES REAGAN'S HOPES`) gives the tagger no case to go by, and
    // it glues words to names (`DIMINISHES REAGAN`), which would then absorb the body's `Reagan`. Such a span
    // is cut to the longest run of its words that the article's mixed-case text names, with that name's type.
    private static TaggedSpan NarrowToKnownName(string paragraph, TaggedSpan span, Dictionary<string, EntityType> mixedCaseNames, List<(string[] Terms, EntityType Type)> knownNames)
    {
        var trimmed = MentionSpans.Trim(paragraph, span);
        var words = WordScanner.Words(paragraph[trimmed.Start..trimmed.End]);
        var terms = words.Select(w => w.Term).ToArray();
        var written = string.Join(' ', terms);
        // Kept when the body has the name itself or a longer one around it (`SECURITY PACIFIC`, `Security Pacific Corp`),
        // and when it is a whole company name, with its legal form or in Reuters' brackets (`BASF CORP`,
        // `<KELSEY-HAYES CANADA LTD>`): a subsidiary, not the parent the body names in passing.
        if (words.Count < 2 || knownNames.Exists(name => WordScanner.ContainsRun(name.Terms, terms))
            || EntityNames.WithoutLegalForm(written).Length < written.Length
            || (trimmed.Start > 0 && paragraph[trimmed.Start - 1] == '<'))
        {
            return span;
        }
        for (var length = words.Count - 1; length >= 1; length--)
        {
            for (var first = 0; first + length <= words.Count; first++)
            {
                var key = string.Join(' ', words.Skip(first).Take(length).Select(w => w.Term));
                if (mixedCaseNames.TryGetValue(key, out var type))
                {
                    return new TaggedSpan(trimmed.Start + words[first].Start, trimmed.Start + words[first + length - 1].End, type);
                }
            }
        }
        return span;
    }

    // In capitals the tagger also splits names (`BANK` an organisation, `ENGLAND` a place, in `BANK OF ENGLAND
    // DRAINS MONEY MARKET LIQUIDITY`) and misses some (`OPEC`). Every run of the paragraph's words that the
    // article's mixed-case text names is taken as that name, longest names first, and replaces the tagger's
    // spans it overlaps; the tagger's other spans stay. (Consistent labels within a document, as NER systems
    // since the CoNLL-2003 shared task have used.)
    private static List<TaggedSpan> WithKnownNames(string paragraph, List<TaggedSpan> spans, List<(string[] Terms, EntityType Type)> longestFirst)
    {
        var words = WordScanner.Words(paragraph);
        var terms = words.Select(w => w.Term).ToArray();
        var found = new List<TaggedSpan>();
        foreach (var (name, type) in longestFirst)
        {
            for (var first = 0; first + name.Length <= terms.Length; first++)
            {
                // Not inside a ticker (`JWT <JWT> NOT APPROACHED`): a code, not a mention.
                if (terms.AsSpan(first, name.Length).SequenceEqual(name) && !ArticleNames.InCode(paragraph, words[first].Start, words[first + name.Length - 1].End))
                {
                    var span = new TaggedSpan(words[first].Start, words[first + name.Length - 1].End, type);
                    // A longer span the narrowing kept stays whole (`SECURITY PACIFIC`, not its `PACIFIC`).
                    if (!found.Exists(span.Overlaps) && !spans.Exists(t => Within(span, t)))
                    {
                        found.Add(span);
                    }
                }
            }
        }
        return found.Count == 0
            ? spans
            : found.Concat(spans.Where(s => !found.Exists(s.Overlaps))).OrderBy(s => s.Start).ToList();
    }

    private static bool Within(TaggedSpan inner, TaggedSpan outer) =>
        outer.Start <= inner.Start && inner.End <= outer.End && outer.End - outer.Start > inner.End - inner.Start;

    // The keys of the names tagged in paragraphs that are not all capitals, with the type each was first tagged as
    // (a company's also without its legal form).
    private static Dictionary<string, EntityType> MixedCaseNames(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var names = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (IsInCapitals(paragraphs[p]) || IsTitleCaseHeadline(paragraphs, p))
            {
                continue;
            }
            foreach (var span in spans[p])
            {
                var trimmed = MentionSpans.Trim(paragraphs[p], span);
                // As written: runs of a headline's words are looked up here (`U.S.` as `u s`).
                var key = EntityNames.WrittenKey(paragraphs[p][trimmed.Start..trimmed.End], trimmed.Type);
                if (key.Length > 0)
                {
                    names.TryAdd(key, trimmed.Type);
                    // A headline writes a company without its legal form (`GENERAL SIGNAL` for `General Signal Corp`),
                    // when the tagger found the whole name: not the end of a longer one it cut (`Loom Inc` of
                    // `Fruit of the Loom Inc`, `Western Inc` of `Gulf/Western Inc`).
                    if (trimmed.Type == EntityType.Organization && !FollowsNameWords(paragraphs[p], trimmed.Start))
                    {
                        names.TryAdd(EntityNames.WithoutLegalForm(key), trimmed.Type);
                    }
                }
            }
        }
        return names;
    }

    // Whether the text just before a name runs on into it: a capitalised word, `and`, `of` or `&` after one
    // that ends no company (`St. Joseph Light and Power Corp`; not `Loom Inc and General Signal Corp`), `of the` (`Fruit of the Loom Inc`), a possessive, or a hyphen, slash
    // or apostrophe glued to it.
    private static bool FollowsNameWords(string paragraph, int start)
    {
        if (start == 0)
        {
            return false;
        }
        if (paragraph[start - 1] is '-' or '/' or '\'' or '’' or '&')
        {
            return true;
        }
        var words = paragraph.AsSpan(0, start).TrimEnd().ToString().Split(' ');
        var last = words[^1];
        var before = words.Length > 1 ? words[^2] : "";
        static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
        return Capitalised(last) || last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)
            || (last is "and" or "of" or "&" && Capitalised(before) && !EntityNames.LegalFormWords.Contains(before.TrimEnd('.', ',').ToLowerInvariant()))
            || (last == "the" && before == "of");
    }

    private static bool IsInCapitals(string paragraph) => paragraph.Any(char.IsUpper) && !paragraph.Any(char.IsLower);

    // A headline in title case (`Helix Robotics Announces $85 Million Series C Financing`), as press releases and
    // some US papers set them, misleads the tagger as capitals do (`Helix Robotics Announces`): every word of
    // four letters or more, four at least in five words or more, starts with a capital (a headline that is only
    // a name, `Kyodo News Service`, is not one). Its names are cut to those the body writes.
    private static bool IsTitleCaseHeadline(IReadOnlyList<string> paragraphs, int p)
    {
        if (p != 0 || paragraphs.Count < 2 || !paragraphs[0].Any(char.IsLower))
        {
            return false;
        }
        var longWords = 0;
        var words = WordScanner.Words(paragraphs[0]);
        foreach (var word in words)
        {
            if (word.End - word.Start >= 4 && char.IsLetter(paragraphs[0][word.Start]))
            {
                if (!char.IsUpper(paragraphs[0][word.Start]))
                {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= 4 && words.Count >= 5;
    }

    private static EntityMention? Mention(string paragraph, TaggedSpan tagged, List<Name> names)
    {
        var span = MentionSpans.Trim(paragraph, tagged);
        if (SpanCorrections.IsNoName(paragraph, span))
        {
            return null;
        }
        if (span.End - span.Start > MaxMentionLength)
        {
            // No name is this long (`Organisation for Economic Co-operation and Development` is 54): a run of
            // capitals or one endless word read as a name, whose terms Lucene could refuse as too long.
            return null;
        }
        var text = paragraph[span.Start..span.End];
        var key = EntityNames.Key(text, span.Type);
        if (key.Length == 0)
        {
            return null;
        }
        var words = key.Split(' ');
        var entityKey = OnlyLonger(names, span.Type, words)?.Key;
        if (entityKey is null)
        {
            if (!names.Any(n => n.Type == span.Type && n.Key == key))
            {
                names.Add(new Name(span.Type, key, words));
            }
            entityKey = key;
        }
        return new EntityMention(span.Start, span.End, span.Type, entityKey, EntityNames.Form(text, span.Type));
    }

    // Short names that became entities of their own because no longer name came before them, mapped to the
    // one longer name the whole article has for them.
    private static Dictionary<EntityId, string> ForwardLinks(List<Name> names)
    {
        var links = new Dictionary<EntityId, string>();
        foreach (var name in names)
        {
            if (OnlyLonger(names, name.Type, name.Words) is { } longer)
            {
                links[new EntityId(name.Type, name.Key)] = longer.Key;
            }
        }
        // A name linked to one that is itself linked on (`Kim` → `Kim Jong` → `Kim Jong Un`) goes to the end.
        foreach (var id in links.Keys.ToList())
        {
            var to = links[id];
            for (var hops = 0; hops < names.Count && links.TryGetValue(new EntityId(id.Type, to), out var next); hops++)
            {
                to = next;
            }
            links[id] = to;
        }
        return links;
    }

    // The one name of the type that is longer than and contains the words, counting extensions of a name as that name.
    // Only people and organisations are called by part of their name (`Trump`, `Merrill` for `Merrill Lynch`,
    // `Treasury` for `U.S. Treasury`); a place or other name inside a longer one is another name (`Mexico` and
    // `Mexico City`, `Africa` and `South Africa`, `European` and `European Community`), except a bare compass
    // point, which stands for the one place of the article named with it (`the North` after `North Korea`).
    private static Name? OnlyLonger(List<Name> names, EntityType type, string[] words)
    {
        if (type is not (EntityType.Person or EntityType.Organization) && !(words.Length == 1 && CompassPoints.Contains(words[0])))
        {
            return null;
        }
        var agency = type == EntityType.Organization && Articles.Credits.IsAgency(string.Join(' ', words));
        var candidates = names.Where(n => n.Type == type && n.Words.Length > words.Length && WordScanner.ContainsRun(n.Words, words)
            && !(type == EntityType.Organization && IsOtherBody(n.Words, words, names))
            && !(agency && !IsAgencysOwnName(n.Words, words))).ToList();
        var distinct = candidates.Where(c => !candidates.Any(other => other != c && Extends(c.Words, other.Words))).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    // A news agency is the longer name that starts with it (`Kyodo News Service`, `Reuters Holdings Plc`, and
    // `AFP Imaging Corp`, a company by the same name); the other names it stands in are other things
    // (`Thomson Reuters Trust Principles` in reuters.com's footer, `Yonhap / AP`), and so is its picture
    // desk (`AP Photo` in a caption's credit).
    private static bool IsAgencysOwnName(string[] longer, string[] agency) =>
        longer.AsSpan(0, agency.Length).SequenceEqual(agency) && !PictureDesks.Contains(longer[agency.Length]);

    private static readonly HashSet<string> PictureDesks = new(StringComparer.Ordinal) { "photo", "photos", "pictures", "images", "tv", "graphics", "video" };

    // `Bank of America Corp` extends `Bank of America`, and `North Koreans` extends `North Korea` (a plural or
    // demonym ending on the last word); `John Smithson` does not extend `John Smith`.
    private static bool Extends(string[] longer, string[] shorter)
    {
        if (longer.Length < shorter.Length)
        {
            return false;
        }
        var last = shorter.Length - 1;
        for (var i = 0; i < last; i++)
        {
            if (longer[i] != shorter[i])
            {
                return false;
            }
        }
        if (longer[last] == shorter[last])
        {
            return longer.Length > shorter.Length;
        }
        return longer[last].StartsWith(shorter[last], StringComparison.Ordinal)
            && DemonymEndings.Contains(longer[last][shorter[last].Length..]);
    }

    // An organisation's name followed by a body of it (`EC Commission`, `Senate Finance Committee`) or by a place
    // (`IBM Japan`, `BP North America Inc`, a place the article names) is another organisation, not a longer
    // name for it: `EC`, `Senate` and `IBM` stay themselves. A place before it only says whose it is (`Treasury`
    // is the `U.S. Treasury`).
    private static bool IsOtherBody(string[] longer, string[] shorter, List<Name> names)
    {
        var at = Enumerable.Range(0, longer.Length - shorter.Length + 1).First(i => longer.AsSpan(i, shorter.Length).SequenceEqual(shorter));
        var after = longer.Skip(at + shorter.Length).ToList();
        if (after.Any(Bodies.Contains))
        {
            return true;
        }
        var place = string.Join(' ', after.Where(word => !CompanyDesignators.Contains(word)));
        return place.Length > 0 && names.Any(n => n.Type == EntityType.Location && n.Key == place);
    }

    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "commission", "council", "committee", "subcommittee", "executive", "court", "secretariat", "parliament",
        "assembly", "ministers", "presidency", "delegation", "mission", "panel", "caucus",
    };

    private static readonly HashSet<string> CompanyDesignators = new(StringComparer.Ordinal)
    {
        "co", "corp", "corporation", "company", "inc", "incorporated", "ltd", "limited", "plc", "llc", "ag", "sa", "nv", "bv", "spa", "gmbh",
    };

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal) { "north", "south", "east", "west" };

    private static readonly HashSet<string> DemonymEndings = new(StringComparer.Ordinal) { "s", "es", "n", "ns", "an", "ans", "ian", "ians" };

    private sealed record Name(EntityType Type, string Key, string[] Words);
}
