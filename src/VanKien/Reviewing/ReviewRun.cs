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
    /// <param name="Apply">Write the accepted changes into the source — all of them, or none when one cannot be placed and written safely.</param>
    /// <param name="Comments">With <paramref name="Apply"/>: keep each comment in the source, a YAML comment at the end of its line or a Markdown one after its paragraph.</param>
    public sealed record Request(string Reviewed, string? Source = null, string? WorkingFolder = null, bool Apply = false, bool Comments = false);

    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, string? SourcePath, int Changes, int Comments, int Conflicts, bool Applied = false);

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
        var edits = new List<SourceEdit>();
        int changes = 0, comments = 0, conflicts = 0;
        foreach (var edit in reviewed.Edits)
        {
            var paragraph = reviewed.Original[edit.Paragraph];
            var accepted = paragraph[..edit.Offset] + edit.Inserted + paragraph[(edit.Offset + edit.Deleted.Length)..];
            void Conflict(string reason) => diagnostics.Add(Rules.ReviewConflict, at, $"{Who(edit.Author)}không gắn được với nguồn: «{paragraph}» → «{accepted}»", reason);
            // A paragraph the reviewer added has no text of its own in the source: it goes after the one before it.
            var added = paragraph.Length == 0 && edit.Deleted.Length == 0;
            var previous = added ? Enumerable.Range(0, edit.Paragraph).Reverse().Select(i => reviewed.Original[i]).FirstOrDefault(t => t.Trim().Length > 0) : null;
            var span = previous is not null ? source.Span(previous, 0, previous.Length) : source.Span(paragraph, edit.Offset, edit.Deleted.Length);
            if (span is not { } found)
            {
                conflicts++;
                Conflict("chữ này do trình biên dịch sinh ra (số mục, khối tiêu đề, ngày) hoặc không còn đúng một chỗ trong nguồn: sửa tay trong nguồn");
                continue;
            }
            changes++;
            var what = (edit.Deleted.Length, edit.Inserted.Length) switch
            {
                (> 0, > 0) => $"thay «{edit.Deleted}» bằng «{edit.Inserted}»",
                (> 0, _) => $"xóa «{edit.Deleted}»",
                _ when added => $"thêm đoạn «{edit.Inserted}» sau đoạn «{previous}»",
                _ => $"thêm «{edit.Inserted}»",
            };
            diagnostics.Add(Rules.ReviewChange, source.At(found.Index), $"{Who(edit.Author)}{what}");
            if (!request.Apply) continue;
            if (SourceEdit.For(text, found, edit, added, whole: edit.Deleted.Length > 0 && edit.Deleted == paragraph) is { } sourceEdit) edits.Add(sourceEdit);
            else
            {
                conflicts++;
                Conflict(added ? "một đoạn mới (một chỉ tiêu cần mã, một mục cần chỗ): thêm tay trong nguồn"
                    : "chữ mới không ghi được an toàn vào chỗ này của nguồn (giá trị YAML không ngoặc kép, hoặc dấu của trình biên dịch): sửa tay trong nguồn");
            }
        }
        foreach (var comment in reviewed.Comments)
        {
            var span = source.Span(reviewed.Original[comment.Paragraph], comment.Offset, comment.Anchor.Length);
            comments++;
            diagnostics.Add(Rules.ReviewComment, span is { } found ? source.At(found.Index) : at, $"{Who(comment.Author)}nhận xét về «{comment.Anchor}»: {comment.Text}");
            if (!request.Apply || !request.Comments) continue;
            if (span is { } place && SourceEdit.Note(sourcePath, text, place, $"{Who(comment.Author)}{comment.Text}") is { } note) edits.Add(note);
            else
            {
                // A comment is never dropped: where it cannot be kept, nothing is written.
                conflicts++;
                diagnostics.Add(Rules.ReviewConflict, at, $"{Who(comment.Author)}nhận xét về «{comment.Anchor}» không giữ được trong nguồn: {comment.Text}",
                    "nhận xét trên chữ do trình biên dịch sinh ra, trong danh sách hoặc bảng: ghi tay vào nguồn");
            }
        }
        var applied = request.Apply && conflicts == 0 && edits.Count > 0 && Write(sourcePath, text, edits, diagnostics);
        return new Result(diagnostics.Items, sourcePath, changes, comments, conflicts, applied);
    }

    /// <summary>
    /// The edits written into the source at once, last first; refused (the file untouched) when two
    /// overlap or the result reads with more errors than the source did.
    /// </summary>
    private static bool Write(string sourcePath, string text, List<SourceEdit> edits, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(sourcePath);
        var ordered = edits.OrderByDescending(e => e.Index).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i].Index + ordered[i].Length > ordered[i - 1].Index)
            {
                diagnostics.Add(Rules.ReviewConflict, at, "hai đề nghị sửa chồng lên cùng một đoạn chữ của nguồn: không ghi gì", "nhận từng đề nghị trong Word rồi chạy lại");
                return false;
            }
        var edited = text;
        foreach (var edit in ordered) edited = edited[..edit.Index] + edit.Text + edited[(edit.Index + edit.Length)..];
        var before = new DiagnosticBag();
        DocumentReader.Read(sourcePath, System.Text.Encoding.UTF8.GetBytes(text), before);
        var after = new DiagnosticBag();
        DocumentReader.Read(sourcePath, System.Text.Encoding.UTF8.GetBytes(edited), after);
        if (after.Items.Count(d => d.Severity == Severity.Error) > before.Items.Count(d => d.Severity == Severity.Error))
        {
            diagnostics.Add(Rules.ReviewConflict, at, $"nguồn sau khi sửa không đọc được: {after.Items.First(d => d.Severity == Severity.Error).Message}; không ghi gì",
                "sửa tay trong nguồn");
            return false;
        }
        Building.AtomicFile.Write(sourcePath, System.Text.Encoding.UTF8.GetBytes(edited));
        return true;
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
