namespace Search.Cli.Tests;

public class UsageErrorTests
{
    [Fact]
    public void A_missing_option_is_named_with_the_usage_and_exit_code_2()
    {
        var (exitCode, _, errors) = CliRunner.Run("index");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("search-cli: --source is required", errors);
        Assert.Contains("usage:", errors);
        Assert.DoesNotContain("Unhandled exception", errors);
    }

    [Fact]
    public void A_missing_source_folder_is_a_one_line_error_and_exit_code_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "search-cli-missing-" + Guid.NewGuid().ToString("N"));
        var index = Path.Combine(Path.GetTempPath(), "search-cli-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exitCode, _, errors) = CliRunner.Run("index", "--source", missing, "--index", index, "--no-entities");

            Assert.Equal(1, exitCode);
            Assert.StartsWith("search-cli: ", errors);
            Assert.Contains(missing, errors);
            Assert.DoesNotContain("Unhandled exception", errors);
            Assert.False(Directory.Exists(index), "a failed build left an index folder behind");
        }
        finally
        {
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }
        }
    }

    [Fact]
    public void A_search_of_a_missing_index_is_a_one_line_error_and_leaves_no_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "search-cli-no-index-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, errors) = CliRunner.Run("search", "--index", missing, "--phrase", "oil");

        Assert.Equal(1, exitCode);
        Assert.Equal($"search-cli: no index at '{missing}'; build one with `search-cli index --source DIR --index {missing}`", errors.Trim());
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_search_size_that_is_not_a_count_is_named_with_the_usage_and_exit_code_2()
    {
        var (exitCode, _, errors) = CliRunner.Run("search", "--phrase", "oil", "--size", "ten");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("search-cli: --size must be a whole number from 1 (got 'ten')", errors);
    }

    [Fact]
    public void Ner_eval_without_data_names_the_option_with_the_usage_and_exit_code_2()
    {
        var (exitCode, _, errors) = CliRunner.Run("ner", "eval");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("search-cli: missing --data", errors);
        Assert.Contains("usage:", errors);
    }

    [Fact]
    public void Ner_eval_of_a_file_that_is_not_conll_is_an_error_not_a_score_of_zero()
    {
        var notConll = Path.Combine(Path.GetTempPath(), "search-cli-not-conll-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(notConll, "import os\nprint(os.getcwd())\n");
        try
        {
            var (exitCode, output, errors) = CliRunner.Run("ner", "eval", "--data", notConll);

            Assert.Equal(1, exitCode);
            Assert.Equal("search-cli: line 1: 'os' is not a CoNLL entity tag (O, B-PER, I-ORG...); is this a CoNLL file (word ... tag per line)?", errors.Trim());
            Assert.DoesNotContain("ALL P=", output);
        }
        finally
        {
            File.Delete(notConll);
        }
    }
}
