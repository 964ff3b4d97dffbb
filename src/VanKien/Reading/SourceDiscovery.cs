namespace VanKien.Reading;

/// <summary>
/// A source to compile and the name its outputs take, relative to the output folder and without
/// extension ("chi-bo/ke-hoach-2025"): each output format adds its own.
/// </summary>
public sealed record SourceItem(string Path, string OutputName)
{
    /// <summary>The output name of a source at <paramref name="relativePath"/>: the path without the source's extension.</summary>
    public static string NameFor(string relativePath) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(relativePath) ?? "", System.IO.Path.GetFileNameWithoutExtension(relativePath));
}

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
                sources.Add(new SourceItem(input, SourceItem.NameFor(Path.GetFileName(input))));
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in SafeFolder.Files(input, IsSource))
                    sources.Add(new SourceItem(file, SourceItem.NameFor(Path.GetRelativePath(input, file))));
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
        if (!IsCandidate(file)) return false;
        // A FIFO, a device or a link to one is never opened here (a FIFO blocks, /dev/zero never ends):
        // it is listed, and the reader's gate refuses it with a diagnostic at its path.
        if (FileKinds.Of(file) != FileKind.Regular) return true;
        try
        {
            using var reader = Head(file);
            return IsSource(file, reader);
        }
        catch (IOException)
        {
            return true; // Let the reader report it with a proper diagnostic.
        }
    }

    /// <summary>
    /// Whether a file named <paramref name="path"/> holding <paramref name="text"/> is a source, as <see cref="IsSource(string)"/>
    /// tells one on disk: what an editor asks of a text not yet saved.
    /// </summary>
    public static bool IsSourceText(string path, string text) => IsCandidate(path) && IsSource(path, new StringReader(text));

    /// <summary>The value of a .yaml text's top-level <c>loai:</c> line, or null when it has none.</summary>
    public static string? DeclaredKindOfText(string text) => DeclaredKind(new StringReader(text));

    /// <summary>The value of a .yaml file's top-level <c>loai:</c> line, or null when it has none. Throws on I/O errors.</summary>
    public static string? DeclaredKind(string yamlFile)
    {
        if (FileKinds.Of(yamlFile) != FileKind.Regular) throw new IOException($"'{yamlFile}' không phải tệp thường");
        using var reader = Head(yamlFile);
        return DeclaredKind(reader);
    }

    /// <summary>Only Markdown and YAML files can be sources; which of them are depends on their first lines.</summary>
    private static bool IsCandidate(string file) => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || DocumentReader.IsYamlSource(file);

    /// <summary>The one test of a source's first lines, for a file on disk and for an editor's text alike.</summary>
    private static bool IsSource(string file, TextReader head)
    {
        if (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            return head.ReadLine() is { } first && FrontMatter.IsOpener(first);
        // A results source (loai: ket-qua) feeds `vankien report`; it is not a document to build.
        return DeclaredKind(head) is { } kind && kind != Model.DocumentKind.ResultsKey;
    }

    private static string? DeclaredKind(TextReader reader)
    {
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

    /// <summary>
    /// The first bytes of a regular file, read as text: what discovery needs to tell a source, never the
    /// whole of a huge one. Read in small blocks, so that a repository of 10,000 sources costs a block each.
    /// </summary>
    private static StreamReader Head(string file)
    {
        const int Size = 64 * 1024;
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        return new StreamReader(new HeadStream(stream, Size), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096);
    }

    /// <summary>A read-only view of a stream's first bytes.</summary>
    private sealed class HeadStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, (int)Math.Min(count, limit - _read));
            _read += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
