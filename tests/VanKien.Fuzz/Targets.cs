using System.IO.Compression;
using System.Text;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Reviewing;

namespace VanKien.Fuzz;

/// <summary>
/// What the fuzzer feeds: one input, one target. Every input must end in a result or in diagnostics;
/// any exception that escapes is a crash (AFL++ saves the input), as is an input that runs past the
/// fuzzer's time-out (a hang). The tests replay the saved corpus through the same targets.
/// </summary>
public static class Targets
{
    public static readonly string[] Names = ["source", "import-text", "import-docx", "review", "lsp"];

    /// <summary>In a review input, what separates the document part from the comments part.</summary>
    public static readonly byte[] CommentsMark = "<!--comments-->"u8.ToArray();

    public static void Run(string target, byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        switch (target)
        {
            case "source":
                // The reader and every check, as `check` runs them on one file (no parent on disk).
                var result = Compiler.CheckSource("/fuzz/van-ban.md", input);
                if (result.Document is null && result.Diagnostics.Count == 0) throw new InvalidOperationException("no document and no diagnostic");
                break;
            case "import-text":
                Importer.Import("/fuzz/van-ban.txt", input, diagnostics);
                break;
            case "import-docx":
                // The DOCX gate (sizes, ratio, DTD) and the line reader behind it.
                Importer.Import("/fuzz/van-ban.docx", input, diagnostics);
                break;
            case "review":
                Review(input);
                break;
            case "lsp":
                LanguageServerMessages(input);
                break;
            default:
                throw new ArgumentException($"unknown target '{target}'; targets: {string.Join(", ", Names)}");
        }
    }

    /// <summary>
    /// The review reader (tracked changes, comments, tables) on a reviewer's XML: the input is the
    /// document part, then optionally <see cref="CommentsMark"/> and the comments part, packaged here
    /// (stored, so that mutations reach the XML rather than the ZIP's checksums; the ZIP itself is the
    /// import-docx target's). Ends in a reading or a refusal.
    /// </summary>
    private static void Review(byte[] input)
    {
        var mark = input.AsSpan().IndexOf(CommentsMark);
        var document = mark < 0 ? input : input[..mark];
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, ReadOnlySpan<byte> content)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                entry.Write(content);
            }
            Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
            Add("word/document.xml", document);
            if (mark >= 0) Add("word/comments.xml", input.AsSpan(mark + CommentsMark.Length));
        }
        var bag = new DiagnosticBag();
        var reviewed = ReviewedDocx.Read("/fuzz/duyet.docx", stream.ToArray(), bag);
        if (reviewed is null && bag.Items.Count == 0) throw new InvalidOperationException("no reading and no refusal");
        if (reviewed is not null && (reviewed.Original.Count != reviewed.Accepted.Count || reviewed.Cells.Count != reviewed.Original.Count))
            throw new InvalidOperationException("paragraph lists out of step");
        foreach (var comment in reviewed?.Comments ?? [])
            if (comment.Offset + comment.Anchor.Length > reviewed!.Original[comment.Paragraph].Length)
                throw new InvalidOperationException("a comment's anchor runs past its paragraph");
    }

    private static readonly byte[] Sentinel = Encoding.ASCII.GetBytes(
        "\r\n\r\nContent-Length: 53\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":\"sentinel\",\"method\":\"shutdown\"}");

    /// <summary>
    /// The language server's message reader (the framing gate, then StreamJsonRpc's reader that drops
    /// what it cannot parse) over any bytes, then one well-framed message. Reading must end; past a
    /// hundred bad messages in a row the stream counts as broken (the one exception allowed); and bytes
    /// holding no header at all must never cost the message after them.
    /// </summary>
    private static void LanguageServerMessages(byte[] input)
    {
        var stdin = new MemoryStream([.. input, .. Sentinel]);
        var reader = (IJsonRpcMessageHandler)VanKien.Cli.LanguageServer.LanguageServer.MessageHandler(stdin, Stream.Null);
        var headers = Headers(input);
        JsonRpcMessage? last = null;
        try
        {
            while (reader.ReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is { } message) last = message;
        }
        catch (EndOfStreamException)
        {
            // How StreamJsonRpc's reader says the input ended.
        }
        catch (Exception) when (headers >= 100)
        {
            return;
        }
        if (headers == 0 && last is not JsonRpcRequest { Method: "shutdown" })
            throw new InvalidOperationException("bytes with no header cost the next message");
    }

    /// <summary>How many times "content-length" (any case) stands in the input.</summary>
    private static int Headers(byte[] input)
    {
        var text = Encoding.Latin1.GetString(input);
        var count = 0;
        for (var at = text.IndexOf("content-length", StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf("content-length", at + 1, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }
}
