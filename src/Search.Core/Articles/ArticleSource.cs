using System.IO.Enumeration;
using System.Text;

namespace Search.Core.Articles;

/// <summary>
/// Reads every article under a folder (recursively): `.txt` files in the seed layout, whose id is the
/// file name, and `.jsonl` files with one article per line. Inputs that cannot be read are reported in
/// <see cref="Skipped"/> and the rest are still read. Not thread-safe: enumerate once.
/// </summary>
public sealed class ArticleSource(string folder)
{
    /// <summary>Files over this size are skipped (10 MB).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly List<string> _skipped = [];
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);

    /// <summary>"file: reason" for every input that was not indexed.</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    /// <summary>Throws <see cref="DirectoryNotFoundException"/> when <paramref name="folder"/> does not exist.</summary>
    public static void RequireFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The seeds folder '{folder}' does not exist.");
        }
    }

    /// <summary>The articles, in file-path order.</summary>
    public IEnumerable<Article> ReadAll()
    {
        RequireFolder(folder);
        var files = Entries().OrderBy(f => f.Path, StringComparer.Ordinal);
        foreach (var (file, isLink) in files)
        {
            var name = Path.GetRelativePath(folder, file);
            if (!isLink && !file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                // Said, so that a `feed.json` dropped in by mistake is noticed; hidden files (`.gitkeep`) are passed over.
                if (!Path.GetFileName(file).StartsWith('.'))
                {
                    _skipped.Add($"{name}: not a .txt or .jsonl file, not read");
                }
                continue;
            }
            if (isLink)
            {
                // A link may lead out of the seeds folder (to /etc/passwd) or back into it, round and round.
                _skipped.Add($"{name}: symbolic link, not followed");
                continue;
            }
            var text = TryReadText(file, name);
            if (text is null)
            {
                continue;
            }
            var articles = file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? JsonLinesArticles.Read(name, text, _skipped)
                : TextArticle(name, Path.GetFileNameWithoutExtension(file), text).Select(article => (article, Where: name));
            foreach (var (article, where) in articles)
            {
                if (_seenIds.Add(article.Id))
                {
                    yield return article;
                }
                else
                {
                    _skipped.Add($"{where}: duplicate article id '{article.Id}'");
                }
            }
        }
    }

    // Files under the folder, and symbolic links (to files or folders), which are neither read nor entered.
    private FileSystemEnumerable<(string Path, bool IsLink)> Entries() =>
        new(folder, (ref FileSystemEntry entry) => (entry.ToFullPath(), IsLink(entry)), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(entry),
            // Nor hidden folders: a seeds folder that is a git checkout would list every file of its `.git`.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry) && !entry.FileName.StartsWith('.'),
        };

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private IEnumerable<Article> TextArticle(string name, string id, string text)
    {
        // The file name is the id; one the API would refuse could be searched but never fetched or deleted.
        if (!ArticleIds.IsValidNew(id, out var reason))
        {
            _skipped.Add($"{name}: its name is not a usable article id (it {reason})");
            return [];
        }
        Article article;
        try
        {
            article = ArticleParser.Parse(id, ArticleParser.Lines(text));
        }
        catch (ArticleFormatException e)
        {
            _skipped.Add($"{name}: {e.Message}");
            return [];
        }
        return [article];
    }

    private string? TryReadText(string path, string name)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                _skipped.Add($"{name}: empty file");
                return null;
            }
            if (length > MaxFileBytes)
            {
                _skipped.Add($"{name}: larger than {MaxFileBytes / (1024 * 1024)} MB ({length} bytes)");
                return null;
            }
            var text = StrictUtf8.GetString(File.ReadAllBytes(path));
            if (text.Contains('\0'))
            {
                _skipped.Add($"{name}: binary content (NUL characters)");
                return null;
            }
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            _skipped.Add($"{name}: not valid UTF-8");
        }
        catch (IOException e)
        {
            _skipped.Add($"{name}: unreadable ({e.Message})");
        }
        catch (UnauthorizedAccessException)
        {
            _skipped.Add($"{name}: permission denied");
        }
        return null;
    }
}
