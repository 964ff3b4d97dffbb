namespace VanKien.Building;

/// <summary>A source to compile and the path of its output, relative to the output folder.</summary>
public sealed record SourceItem(string Path, string OutputRelativePath);

/// <summary>
/// Expands the command line's files and folders into sources. In a folder, a Markdown file is a
/// source when it opens with front matter ("---"), so READMEs beside the sources are left alone.
/// </summary>
public static class SourceDiscovery
{
    public sealed record Result(IReadOnlyList<SourceItem> Sources, IReadOnlyList<string> Missing);

    public static Result Discover(IEnumerable<string> inputs)
    {
        var sources = new List<SourceItem>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                sources.Add(new SourceItem(input, Path.ChangeExtension(Path.GetFileName(input), ".docx")));
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories)
                    .Where(OpensWithFrontMatter)
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                    sources.Add(new SourceItem(file, Path.ChangeExtension(Path.GetRelativePath(input, file), ".docx")));
            }
            else
            {
                missing.Add(input);
            }
        }
        return new Result(sources, missing);
    }

    private static bool OpensWithFrontMatter(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var first = reader.ReadLine();
            return first is not null && first.TrimStart('\uFEFF').TrimEnd() == "---";
        }
        catch (IOException)
        {
            return true; // Let the reader report it with a proper diagnostic.
        }
    }
}
