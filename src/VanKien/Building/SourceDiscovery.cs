namespace VanKien.Building;

/// <summary>A source to compile and the path of its output, relative to the output folder.</summary>
public sealed record SourceItem(string Path, string OutputRelativePath);

/// <summary>
/// Expands the command line's files and folders into sources. In a folder, a Markdown file is a
/// source when it opens with front matter ("---"), so READMEs beside the sources are left alone;
/// a .yaml file is one when it has a top-level "loai:" (a resolution kept as data).
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
                var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(IsSource)
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

    public static bool IsSource(string file)
    {
        var markdown = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        if (!markdown && !Reading.DocumentReader.IsYamlSource(file)) return false;
        try
        {
            using var reader = new StreamReader(file);
            if (markdown) return reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() == "---";
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                // A results source (loai: ket-qua) feeds `vankien report`; it is not a document to build.
                if (line.TrimStart('\uFEFF').StartsWith("loai:", StringComparison.Ordinal))
                    return !line.Contains(Results.ResultsReader.Kind, StringComparison.Ordinal);
            return false;
        }
        catch (IOException)
        {
            return true; // Let the reader report it with a proper diagnostic.
        }
    }
}
