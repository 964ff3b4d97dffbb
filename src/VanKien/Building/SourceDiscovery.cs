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
            if (markdown)
            {
                using var reader = new StreamReader(file);
                return reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() == "---";
            }
            // A results source (loai: ket-qua) feeds `vankien report`; it is not a document to build.
            return DeclaredKind(file) is { } kind && kind != Results.ResultsReader.Kind;
        }
        catch (IOException)
        {
            return true; // Let the reader report it with a proper diagnostic.
        }
    }

    /// <summary>The value of a .yaml file's top-level <c>loai:</c> line, or null when it has none. Throws on I/O errors.</summary>
    public static string? DeclaredKind(string yamlFile)
    {
        using var reader = new StreamReader(yamlFile);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var trimmed = line.TrimStart('\uFEFF');
            if (trimmed.StartsWith("loai:", StringComparison.Ordinal))
            {
                var value = trimmed["loai:".Length..];
                var comment = value.IndexOf(" #", StringComparison.Ordinal);
                return (comment >= 0 ? value[..comment] : value).Trim().Trim('"', '\'');
            }
        }
        return null;
    }
}
