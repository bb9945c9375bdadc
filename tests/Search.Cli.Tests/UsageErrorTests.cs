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

    [Theory]
    [InlineData("search-cli: --query or --phrase is required", "search", "--index", "nowhere")]
    [InlineData("search-cli: --query needs a value", "search", "--query")]
    [InlineData("search-cli: --source needs a value", "index", "--source")]
    [InlineData("search-cli: unknown option '--bogus'", "index", "--source", "somewhere", "--bogus")]
    [InlineData("search-cli: unknown option '--no-entities'", "search", "--phrase", "oil", "--no-entities")]
    [InlineData("search-cli: unexpected argument 'oil'", "search", "oil")]
    [InlineData("search-cli: unknown command 'serch'", "serch", "--phrase", "oil")]
    public void A_command_line_mistake_is_named_with_the_usage_and_exit_code_2(string expected, params string[] args)
    {
        var (exitCode, output, errors) = CliRunner.Run(args);

        Assert.Equal((2, ""), (exitCode, output));
        Assert.StartsWith(expected + Environment.NewLine, errors, StringComparison.Ordinal);
        Assert.Contains("usage:", errors);
    }

    [Fact]
    public void The_folders_the_server_refuses_are_refused_for_an_index_too()
    {
        var root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "search-cli-folders-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
            File.WriteAllText(Path.Combine(seeds, "a.txt"), "Headline\n\nOne paragraph.\n");
            var notes = Directory.CreateDirectory(Path.Combine(root, "notes")).FullName;
            File.WriteAllText(Path.Combine(notes, "notes.md"), "mine");

            var (intoSeeds, _, intoSeedsErrors) = CliRunner.Run("index", "--source", seeds, "--index", seeds, "--no-entities");
            var (intoNotes, _, intoNotesErrors) = CliRunner.Run("index", "--source", seeds, "--index", notes, "--no-entities");

            Assert.Equal(2, intoSeeds);
            Assert.StartsWith($"search-cli: --index ({seeds}) and --source ({seeds}) must be separate folders, neither inside the other", intoSeedsErrors, StringComparison.Ordinal);
            Assert.Equal(2, intoNotes);
            Assert.StartsWith($"search-cli: --index ({notes}) is not an index folder: the folder holds files that no index has (notes.md)", intoNotesErrors, StringComparison.Ordinal);
            Assert.Equal(["a.txt"], Directory.GetFileSystemEntries(seeds).Select(Path.GetFileName));
            Assert.Equal(["notes.md"], Directory.GetFileSystemEntries(notes).Select(Path.GetFileName));

            var (built, _, _) = CliRunner.Run("index", "--source", seeds, "--index", Path.Combine(root, "index"), "--no-entities");
            var (punctuation, _, punctuationErrors) = CliRunner.Run("search", "--index", Path.Combine(root, "index"), "--phrase", "!!!");
            Assert.Equal((0, 2), (built, punctuation));
            Assert.StartsWith("search-cli: --phrase: ", punctuationErrors, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
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
