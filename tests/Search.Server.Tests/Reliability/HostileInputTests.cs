using FsCheck;
using FsCheck.Fluent;
using Grpc.Core;
using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

/// <summary>
/// Thousands of generated hostile and careless requests: every one gets a result or INVALID_ARGUMENT
/// (never INTERNAL or UNKNOWN), and the server keeps serving and keeps its data.
/// </summary>
public sealed class HostileInputTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private static readonly string[] Fragments =
    [
        "field:value", "text:kim", "[a TO z]", "{a TO z}", "\\", "~~~", "~", "~2", "\"", "\"\"", "(", ")", "((((", "))))", "*", "a*",
        "?", "|", "||", "-", "--", "+", "&&", "!", "AND", "OR", "NOT", "^2", "/regex/", "kim", "jong", "un", "Korea", "korea’s",
        "\u0000", "\u001f", "\u007f", "\ud800", "\udfff", "\ufffd", "\u200b", "é", "ß", "𝐀", "日本", " ", "\t", "\n", "'", "’", "“",
    ];

    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.Elements(Fragments).ArrayOf().Select(parts => string.Concat(parts)),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
        Gen.Choose(0, 3000).Select(n => new string('(', n)),
        Gen.Choose(0, 200).Select(n => string.Concat(Enumerable.Repeat("a* ", n))),
        Gen.Elements("", " ", "Kim Jong Un", "\"Kim Jong Un\"~3 -Seoul", "korea | (north -south)", new string('[', 100_000)));

    private static readonly Gen<SearchRequest> Requests =
        from query in Hostile
        from phrase in Gen.Frequency((3, Gen.Constant("")), (1, Hostile))
        from slop in Gen.Frequency((4, Gen.Constant(0u)), (1, Gen.Choose(0, 200).Select(n => (uint)n)))
        from articleId in Gen.Frequency((6, Gen.Constant("")), (1, Gen.Constant("000_f78ab181bd0a5255")), (1, Hostile))
        from kinds in Gen.Frequency((6, Gen.Choose(1, 4).ArrayOf()), (1, Gen.Choose(-2, 6).ArrayOf()))
        from pageSize in Gen.Frequency((6, Gen.Choose(0, 120)), (1, Gen.Elements(-1, int.MinValue, int.MaxValue)))
        from pageToken in Gen.Frequency(
            (6, Gen.Constant("")), (1, Hostile), (1, Gen.Elements("cDEuMi4xOTczNGRlMDY0Njc1YmEx", "cDEuLTEuMA", "cDEuOTk5OTk5OTk5OTkuMA")))
        select new SearchRequest
        {
            Query = query, Phrase = phrase, Slop = slop, ArticleId = articleId,
            Kinds = { kinds.Select(k => (ParagraphKind)k) }, PageSize = pageSize, PageToken = pageToken,
        };

    [Fact]
    public async Task Generated_requests_get_a_result_or_invalid_argument()
    {
        var client = new SearchService.SearchServiceClient(fixture.Server.Channel);
        var articles = new SearchService.SearchServiceClient(fixture.Server.Channel);
        var outcomes = new Dictionary<StatusCode, int>();

        bool Answered(SearchRequest request)
        {
            var status = Call(() => client.SearchAsync(request).ResponseAsync);
            var articleStatus = Call(() => articles.GetArticleAsync(new GetArticleRequest { ArticleId = request.Query }).ResponseAsync);
            var listStatus = Call(() => articles.ListEntitiesAsync(new ListEntitiesRequest
            {
                Query = request.Query, Phrase = request.Phrase, Prefix = request.ArticleId, PageSize = request.PageSize, PageToken = request.PageToken,
            }).ResponseAsync);
            var entityStatus = Call(() => client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = request.Query } } }).ResponseAsync);
            lock (outcomes)
            {
                outcomes[status] = outcomes.GetValueOrDefault(status) + 1;
            }
            return status is StatusCode.OK or StatusCode.InvalidArgument
                && articleStatus is StatusCode.OK or StatusCode.InvalidArgument or StatusCode.NotFound
                && listStatus is StatusCode.OK or StatusCode.InvalidArgument
                && entityStatus is StatusCode.OK or StatusCode.InvalidArgument;
        }

        // Off xunit's synchronisation context: FsCheck properties are synchronous.
        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Requests.ToArbitrary(), Answered)));

        Assert.True(outcomes.GetValueOrDefault(StatusCode.OK) > 100, $"too few successful searches: {string.Join(", ", outcomes)}");
        Assert.True(outcomes.GetValueOrDefault(StatusCode.InvalidArgument) > 100, $"too few rejected searches: {string.Join(", ", outcomes)}");
        var intact = await client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un" });
        Assert.Equal(5, intact.TotalSize);
    }

    private static StatusCode Call<T>(Func<Task<T>> call)
    {
        try
        {
            call().GetAwaiter().GetResult();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
