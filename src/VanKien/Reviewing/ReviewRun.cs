using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Writing.Docx;

namespace VanKien.Reviewing;

/// <summary>
/// <c>vankien review</c>'s work: a reviewed DOCX read through the import's package gate, its source
/// found by the provenance VanKien wrote at build time — a hint held inside the project (see
/// <see cref="ReviewSource"/>) — or named, and every tracked change and
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
        // A source the user named is theirs; one the DOCX names is a hint, held inside the project.
        var located = request.Source is { } named ? new ReviewSource.Found(named, null)
            : ReviewSource.Find(reviewed, request.Reviewed, request.WorkingFolder ?? Directory.GetCurrentDirectory(), diagnostics, at);
        if (located is null) return new Result(diagnostics.Items, null, 0, 0, 0);
        var sourcePath = located.Path;
        if (SafeFile.ReadReported(sourcePath, ReaderLimits.Default.MaxSourceBytes, diagnostics, "tệp nguồn", located.Root) is not { } sourceBytes ||
            SourceText.Decode(sourcePath, sourceBytes, ReaderLimits.Default, diagnostics) is not { } text)
            return new Result(diagnostics.Items, sourcePath, 0, 0, 0);

        if (reviewed.Properties.TryGetValue(Provenance.HashName, out var hash) && hash != Provenance.HashOf(text.Split('\n')))
            diagnostics.Add(Rules.ReviewSourceChanged, SourceLocation.StartOf(sourcePath),
                $"nguồn đã sửa từ khi dựng bản được duyệt (phiên bản {reviewed.Properties.GetValueOrDefault(Provenance.VersionName) ?? "?"}): các đề nghị được đặt vào những đoạn nguồn vẫn in ra như cũ, chỗ nào không còn là xung đột");

        var unchanged = !reviewed.Properties.TryGetValue(Provenance.HashName, out var built) || built == Provenance.HashOf(text.Split('\n'));
        var placing = new ChangePlacement(reviewed, new SourceSpans(sourcePath, text, Printed(sourcePath, text), reviewed.Original), new SourceLayout(sourcePath, text), diagnostics, at);
        placing.PlaceChanges();
        int comments = 0, conflicts = placing.Conflicts;
        foreach (var comment in reviewed.Comments)
        {
            var span = placing.Spans.Span(comment.Paragraph, comment.Offset, comment.Anchor.Length);
            comments++;
            diagnostics.Add(Rules.ReviewComment, span is { } found ? placing.Spans.At(found.Index) : at, $"{Who(comment.Author)}nhận xét về «{comment.Anchor}»: {comment.Text}");
            if (!request.Apply || !request.Comments) continue;
            if (span is { } place && SourceEdit.Note(placing.Layout, place, $"{Who(comment.Author)}{comment.Text}") is { } note) placing.Plan.Add(note);
            else
            {
                // A comment is never dropped: where it cannot be kept, nothing is written.
                conflicts++;
                diagnostics.Add(Rules.ReviewConflict, at, $"{Who(comment.Author)}nhận xét về «{comment.Anchor}» không giữ được trong nguồn: {comment.Text}",
                    "nhận xét trên chữ do trình biên dịch sinh ra, trong danh sách hoặc bảng: ghi tay vào nguồn");
            }
        }
        string? edited = null;
        if (placing.Plan.Count + placing.Unplaced.Count > 0)
        {
            edited = conflicts == 0 ? Edited(sourcePath, text, placing.Plan, diagnostics) : null;
            if (edited is not null) conflicts += Verify(sourcePath, edited, reviewed, placing, unchanged, diagnostics, at);
            else conflicts += (conflicts == 0 ? 1 : 0) + placing.Unplaced.Sum(p => Unplaceable(reviewed, p, diagnostics, at));
        }
        var applied = request.Apply && conflicts == 0 && edited is not null && edited != text &&
            Write(sourcePath, located.Root, System.Text.Encoding.UTF8.GetBytes(edited!), diagnostics);
        return new Result(diagnostics.Items, sourcePath, placing.Changes, comments, conflicts, applied);
    }

    /// <summary>
    /// The source as it prints now, whose runs say where each word came from; null when it does not read
    /// (then nothing can be placed, and every change is a conflict).
    /// </summary>
    private static Printing.PrintedDocument? Printed(string sourcePath, string text)
    {
        var document = DocumentReader.Read(sourcePath, System.Text.Encoding.UTF8.GetBytes(text), new DiagnosticBag(), scales: Checking.DocumentSet.ForSourcesAt(sourcePath).Set.Scales);
        return document is null ? null : Printing.Printer.Print(document, new Templates.TemplateLocator().For(document).Template);
    }

    /// <summary>The source with every planned edit made, last first; null (said) when two overlap.</summary>
    private static string? Edited(string sourcePath, string text, List<SourceEdit> plan, DiagnosticBag diagnostics)
    {
        // In the text's order, edits at one place in the reviewer's; written in one pass (an edit made in
        // place would move the rest of the text each time: n edits, n times the source).
        var ordered = plan.Select((edit, order) => (edit, order)).OrderBy(e => e.edit.Index).ThenBy(e => e.order).Select(e => e.edit).ToList();
        for (var i = 1; i < ordered.Count; i++)
            if (ordered[i - 1].Index + ordered[i - 1].Length > ordered[i].Index && !(ordered[i - 1].Length == 0 && ordered[i].Index == ordered[i - 1].Index))
            {
                diagnostics.Add(Rules.ReviewConflict, SourceLocation.StartOf(sourcePath), "hai đề nghị sửa chồng lên cùng một đoạn chữ của nguồn: không ghi gì", "nhận từng đề nghị trong Word rồi chạy lại");
                return null;
            }
        var edited = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in ordered)
        {
            edited.Append(text, at, edit.Index - at).Append(edit.Text);
            at = edit.Index + edit.Length;
        }
        return edited.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// The edited source built again and its text held to the reviewed DOCX with every change
    /// accepted: paragraph for paragraph when the DOCX was built from this very source, else each
    /// changed paragraph's new text at least. A paragraph left unplaced that the rebuild shows as the
    /// reviewer wrote it followed from the other edits (a number, a generated line); one it does not
    /// show is a conflict, with both texts. Returns the number of conflicts.
    /// </summary>
    private static int Verify(string sourcePath, string edited, ReviewedDocx reviewed, ChangePlacement placing, bool unchanged, DiagnosticBag diagnostics, SourceLocation at)
    {
        // Written from the model as the redline's sides are: the text is the question, not the checks against the parent.
        var read = new DiagnosticBag();
        var document = DocumentReader.Read(sourcePath, System.Text.Encoding.UTF8.GetBytes(edited), read, scales: Checking.DocumentSet.ForSourcesAt(sourcePath).Set.Scales);
        if (document is null || read.HasErrors ||
            ReviewedDocx.Read(sourcePath, DocxWriter.Write(document, new Templates.TemplateLocator().For(document).Template), new DiagnosticBag()) is not { } again)
        {
            var error = read.Items.FirstOrDefault(d => d.Severity == Severity.Error);
            diagnostics.Add(Rules.ReviewConflict, at, $"nguồn sau khi sửa không đọc được{(error is null ? "" : $": {error.Location.Line}:{error.Location.Column}: {error.Message}")}; không ghi gì", "sửa tay trong nguồn");
            return 1;
        }
        static List<string> Shown(IEnumerable<string> paragraphs) => paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var expected = Shown(reviewed.Accepted);
        var actual = Shown(again.Original);
        var shown = actual.ToHashSet(StringComparer.Ordinal);
        var conflicts = 0;
        foreach (var p in placing.Unplaced)
        {
            var original = reviewed.Original[p];
            var accepted = reviewed.Accepted[p];
            var author = Who(reviewed.AuthorAt(p));
            if (accepted.Trim().Length > 0 ? shown.Contains(accepted.Trim()) : !shown.Contains(original.Trim()))
                diagnostics.Add(Rules.ReviewChange, at, $"{author}«{original}» → «{accepted}» theo các sửa khác (chữ do trình biên dịch sinh ra)");
            else conflicts += Unplaceable(reviewed, p, diagnostics, at);
        }
        if (conflicts > 0 || !unchanged || expected.SequenceEqual(actual, StringComparer.Ordinal)) return conflicts;
        // Placed edits whose rebuild still differs from what the reviewer accepted: the first difference, with both texts.
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], Math.Min(expected.Count, actual.Count));
        diagnostics.Add(Rules.ReviewConflict, at,
            $"nguồn sau khi sửa dựng ra «{(first < actual.Count ? actual[first] : "")}» ở chỗ bản được duyệt có «{(first < expected.Count ? expected[first] : "")}»; không ghi gì",
            "sửa tay trong nguồn");
        return 1;
    }

    /// <summary>A changed paragraph that found no place in the source, said as a conflict with both texts.</summary>
    private static int Unplaceable(ReviewedDocx reviewed, int p, DiagnosticBag diagnostics, SourceLocation at)
    {
        var author = Who(reviewed.AuthorAt(p));
        diagnostics.Add(Rules.ReviewConflict, at, $"{author}không gắn được với nguồn: «{reviewed.Original[p]}» → «{reviewed.Accepted[p]}»",
            "chữ này do trình biên dịch sinh ra (số mục, khối tiêu đề, ngày), không còn đúng một chỗ trong nguồn, hoặc không ghi được an toàn vào chỗ đó: sửa tay trong nguồn");
        return 1;
    }

    internal static string Who(string author) => author.Length > 0 ? $"{author}: " : "";

    /// <summary>
    /// The edited source written through the output gate, as build writes: the file a link names is
    /// edited where it lies (the link stays), its mode kept, atomically; a refusal or a failed write is
    /// said at the source, and nothing is written.
    /// </summary>
    private static bool Write(string sourcePath, string? root, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (Building.OutputGate.EditedSource(sourcePath, root) is { } refused)
        {
            diagnostics.Add(Rules.Io, SourceLocation.StartOf(sourcePath), $"không ghi vào nguồn: {refused}", "sửa tay trong nguồn");
            return false;
        }
        return Building.AtomicFile.RewriteReported(sourcePath, bytes, diagnostics, SourceLocation.StartOf(sourcePath));
    }
}
