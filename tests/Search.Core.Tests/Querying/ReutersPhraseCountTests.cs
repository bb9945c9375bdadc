using System.Text.Json;
using Search.Core.Entities;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Indexes the 19,043 Reuters articles with their entities and reproduces the true unit count of all 1,000
/// sampled phrases (entity terms stacked on the words must not disturb phrase matching).
/// The corpus lives in ../shared beside the repository; where it is missing the test says so and is skipped.
/// </summary>
public class ReutersPhraseCountTests
{
    private static readonly string Articles = Path.Combine(RepositoryPaths.Shared, "corpora", "reuters21578-articles");
    private static readonly string Phrases = Path.Combine(RepositoryPaths.Shared, "corpora", "reuters-phrases.json");

    // 3,093 fewer than before a headline's surname was linked to the full name in the body (`Volcker` → `Paul Volcker`)
    // and qualified roles were dropped from people's names (`Fed Chairman Paul Volcker`); 26 fewer again once
    // datelines' places were tagged whole (`ST. LOUIS`, not `LOUIS`) and agencies became organisations (`REUTER`);
    // 4 more once a first name stopped linking to `John Smith` when the article also has `John Smithson`;
    // 296 fewer once names glued to headline words in capitals were cut to the body's name (`DIMINISHES REAGAN`);
    // 112 fewer once a leading `The` stopped splitting organisations and places (`The Bank of England`);
    // 90 fewer once a name run into a bracket was cut at it (`AMERICAN NURSERY <ANSY`, `GATT (General Agreement`);
    // 491 fewer once a name took one type per article (`Commerce Bank` not both a place and a company), net of
    // places and other names no longer linked to longer ones around them (`Mexico` is not `Mexico City`);
    // 15 more once an organisation stopped linking to one of its bodies or subsidiaries (`EC`, `EC Commission`);
    // 1 fewer once two table headings stopped being read as photo credits (`SOYBEAN CAKE/MEAL`);
    // 50 fewer once lines in capitals took the names the body writes in mixed case (`BANK OF ENGLAND` one name,
    // not `BANK` and the place `ENGLAND`);
    // 20 fewer once a country the tagger read as an organisation, another name or a person became a place
    // (`Philippines`, `USSR`, `Bolivia`): the entities of those other types went; 10 fewer again once a
    // dateline's state became a place (`Pa.`) and an instrument code's exchange (`PA` in `<RENA.PA>`) no entity;
    // 11 fewer once a country's other names became one place (`U.S.`, `US`, `United States`; `Britain`, `U.K.`);
    // 12 fewer once credit ratings (where a paragraph is about ratings), economic measures and time zones were
    // no names (`AA`, `GNP`, `SDR`, `EST`); 77 fewer once mentions that trimming leaves a company suffix, a letter
    // or an exchange code were dropped (`Co` of `Co <LLY`, `L` of `<BP.L>`), with tickers in headlines in capitals
    // (`JWT` in `JWT <JWT>`), and names joined by `bin` became one person (`Zaid bin Sultan`); 11 more once a
    // headline in capitals kept a whole company name (`BASF CORP`, not the body's `BASF AG`); 104 fewer once
    // `London-based` was the place London (the tagger had made each `X-based` another name of its own); 4 fewer
    // once a country's people were another name (`North Koreans`, not a place) and a station or airport a place;
    // 1 fewer once more time zones were no names (`UTC`, `BST`).
    private const long ExpectedEntities = 36_043;
    // 4,531 fewer than before one-word sign-offs (`REUTER`) were left untagged; 1,569 fewer again without
    // earnings-table words, lone company suffixes and single letters (`Shr`, `Inc`, `Co`, the ticker `F`);
    // 1,359 more once lines in capitals took the names the body writes in mixed case (`OPEC` in `OPEC MEETS`);
    // 202 more once a dateline's state was always tagged (`Conn.`, which the tagger had mostly passed over),
    // less the exchanges of instrument codes; 187 fewer once ratings, measures and time zones were no names,
    // while an article's names were spread to where the tagger passed them over (`OPEC` 37 more, `EC` 21);
    // 274 more, net, once a headline in capitals found the body's companies without their legal form
    // (`GENERAL SIGNAL` for `General Signal Corp`), less the tickers and the suffixes and letters above; 26 fewer
    // once that took only a name the tagger found whole (not `LOOM` for the `Loom Inc` of `Fruit of the Loom Inc`).
    // 5 fewer with those time zones.
    private const long ExpectedMentions = 223_114;

    [SkippableFact]
    public void Every_phrase_count_matches_the_reference()
    {
        Skip.IfNot(Directory.Exists(Articles) && File.Exists(Phrases), $"Reuters corpus not found at {Articles}; skipping.");
        using var index = TestIndex.FromFolder(Articles, RecognizerTagger.Default);
        using var json = JsonDocument.Parse(File.ReadAllText(Phrases));
        Assert.Equal(json.RootElement.GetProperty("units").GetInt64(), index.Build.Paragraphs);

        var wrong = new List<string>();
        var checkedUnits = 0;
        foreach (var entry in json.RootElement.GetProperty("phrases").EnumerateArray())
        {
            var phrase = entry.GetProperty("phrase").GetString()!;
            var expected = entry.GetProperty("count").GetInt64();
            var result = index.Searcher.Search(new SearchSpec { Phrase = phrase, Limit = 100 }, CancellationToken.None);
            if (result.TotalHits != expected)
            {
                wrong.Add($"{phrase}: {result.TotalHits} != {expected}");
            }
            if (entry.GetProperty("units").ValueKind == JsonValueKind.Array && expected <= 100)
            {
                var expectedUnits = entry.GetProperty("units").EnumerateArray()
                    .Select(u => $"{u[0].GetString()}#{u[1].GetInt32()}").Order(StringComparer.Ordinal);
                var actualUnits = result.Hits.Select(h => $"{h.ArticleId}#{h.ParagraphIndex}").Order(StringComparer.Ordinal);
                if (!expectedUnits.SequenceEqual(actualUnits))
                {
                    wrong.Add($"{phrase}: units differ");
                }
                checkedUnits++;
            }
        }
        Assert.Empty(wrong);
        Assert.True(checkedUnits > 800, $"only {checkedUnits} phrases had their units checked");

        // Entity extraction over every article, without error: totals of the shipped model, which is deterministic.
        Assert.Equal((ExpectedEntities, ExpectedMentions), index.Searcher.EntityTotals());

    }
}
