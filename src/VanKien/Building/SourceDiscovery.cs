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
                foreach (var file in Reading.SafeFolder.Files(input, IsSource))
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
        // A FIFO, a device or a link to one is never opened here (a FIFO blocks, /dev/zero never ends):
        // it is listed, and the reader's gate refuses it with a diagnostic at its path.
        if (Reading.FileKinds.Of(file) != Reading.FileKind.Regular) return true;
        try
        {
            if (markdown)
            {
                using var reader = new StreamReader(Head(file));
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
        if (Reading.FileKinds.Of(yamlFile) != Reading.FileKind.Regular) throw new IOException($"'{yamlFile}' không phải tệp thường");
        using var reader = new StreamReader(Head(yamlFile));
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

    /// <summary>The first bytes of a regular file: what discovery needs to tell a source, never the whole of a huge one.</summary>
    private static Stream Head(string file)
    {
        const int Size = 64 * 1024;
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[Size];
        var read = stream.ReadAtLeast(buffer, Size, throwOnEndOfStream: false);
        return new MemoryStream(buffer, 0, read);
    }
}
