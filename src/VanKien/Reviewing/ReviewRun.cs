using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Writing.Docx;

namespace VanKien.Reviewing;

/// <summary>
/// <c>vankien review</c>'s work: a reviewed DOCX read through the import's package gate, its source
/// found by the provenance VanKien wrote at build time (or named), and every tracked change and
/// comment placed at the source text it came from — as diagnostics, so that a reviewer's work reads
/// in CI. A change to text the compiler generates (numbering, the header block's fixed lines, the
/// date's words), or whose text the source no longer holds once, is a conflict, with both texts.
/// </summary>
public static class ReviewRun
{
    public sealed record Request(string Reviewed, string? Source = null, string? WorkingFolder = null);

    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, string? SourcePath, int Changes, int Comments, int Conflicts);

    private const long MaxDocxBytes = 64L * 1024 * 1024;

    public static Result Run(Request request)
    {
        var diagnostics = new DiagnosticBag();
        if (SafeFile.ReadReported(request.Reviewed, MaxDocxBytes, diagnostics, "bản được duyệt") is not { } bytes ||
            ReviewedDocx.Read(request.Reviewed, bytes, diagnostics) is not { } reviewed)
            return new Result(diagnostics.Items, null, 0, 0, 0);

        var at = SourceLocation.StartOf(request.Reviewed);
        var sourcePath = request.Source ?? FindSource(reviewed, request);
        if (sourcePath is null)
        {
            diagnostics.Add(Rules.ReviewSourceUnknown, at,
                reviewed.Properties.TryGetValue(Provenance.SourceName, out var named)
                    ? $"không tìm thấy nguồn '{named}' mà bản này được dựng từ đó"
                    : "bản DOCX không có dấu nguồn của VanKien (VanKien.Source): không phải do 'vankien build' dựng",
                "chỉ ra tệp nguồn bằng '--source'");
            return new Result(diagnostics.Items, null, 0, 0, 0);
        }
        if (SafeFile.ReadReported(sourcePath, ReaderLimits.Default.MaxSourceBytes, diagnostics, "tệp nguồn") is not { } sourceBytes ||
            SourceText.Decode(sourcePath, sourceBytes, ReaderLimits.Default, diagnostics) is not { } text)
            return new Result(diagnostics.Items, sourcePath, 0, 0, 0);

        if (reviewed.Properties.TryGetValue(Provenance.HashName, out var hash) && hash != Provenance.HashOf(text.Split('\n')))
            diagnostics.Add(Rules.ReviewSourceChanged, SourceLocation.StartOf(sourcePath),
                $"nguồn đã sửa từ khi dựng bản được duyệt (phiên bản {reviewed.Properties.GetValueOrDefault(Provenance.VersionName) ?? "?"}): các đề nghị được tìm theo chữ, chỗ nào không còn là xung đột");

        var source = new SourceSpans(sourcePath, text);
        int changes = 0, comments = 0, conflicts = 0;
        foreach (var edit in reviewed.Edits)
        {
            var paragraph = reviewed.Original[edit.Paragraph];
            // A paragraph the reviewer added has no text of its own in the source: it goes after the one before it.
            var added = paragraph.Length == 0 && edit.Deleted.Length == 0;
            var previous = added ? Enumerable.Range(0, edit.Paragraph).Reverse().Select(i => reviewed.Original[i]).FirstOrDefault(t => t.Trim().Length > 0) : null;
            var location = previous is not null ? source.Locate(previous, 0, previous.Length) : source.Locate(paragraph, edit.Offset, edit.Deleted.Length);
            if (location is not null)
            {
                changes++;
                var what = (edit.Deleted.Length, edit.Inserted.Length) switch
                {
                    (> 0, > 0) => $"thay «{edit.Deleted}» bằng «{edit.Inserted}»",
                    (> 0, _) => $"xóa «{edit.Deleted}»",
                    _ when added => $"thêm đoạn «{edit.Inserted}» sau đoạn «{previous}»",
                    _ => $"thêm «{edit.Inserted}»",
                };
                diagnostics.Add(Rules.ReviewChange, location.Value, $"{Who(edit.Author)}{what}");
            }
            else
            {
                conflicts++;
                var accepted = paragraph[..edit.Offset] + edit.Inserted + paragraph[(edit.Offset + edit.Deleted.Length)..];
                diagnostics.Add(Rules.ReviewConflict, at,
                    $"{Who(edit.Author)}không gắn được với nguồn: «{paragraph}» → «{accepted}»",
                    "chữ này do trình biên dịch sinh ra (số mục, khối tiêu đề, ngày) hoặc không còn đúng một chỗ trong nguồn: sửa tay trong nguồn");
            }
        }
        foreach (var comment in reviewed.Comments)
        {
            var location = source.Locate(reviewed.Original[comment.Paragraph], comment.Offset, comment.Anchor.Length) ?? at;
            comments++;
            diagnostics.Add(Rules.ReviewComment, location, $"{Who(comment.Author)}nhận xét về «{comment.Anchor}»: {comment.Text}");
        }
        return new Result(diagnostics.Items, sourcePath, changes, comments, conflicts);
    }

    private static string Who(string author) => author.Length > 0 ? $"{author}: " : "";

    /// <summary>The source the provenance names: from the project folder around the working folder, or around the DOCX, or the working folder.</summary>
    private static string? FindSource(ReviewedDocx reviewed, Request request)
    {
        if (!reviewed.Properties.TryGetValue(Provenance.SourceName, out var relative) || relative.Length == 0) return null;
        var working = request.WorkingFolder ?? Directory.GetCurrentDirectory();
        var folders = new[] { working, Path.GetDirectoryName(Path.GetFullPath(request.Reviewed))! }
            .Select(f => Project.ProjectFileReader.Find(f) is { } project ? Path.GetDirectoryName(project)! : null)
            .Append(working)
            .OfType<string>();
        return folders.Select(f => Path.GetFullPath(Path.Combine(f, relative))).FirstOrDefault(File.Exists);
    }
}
