using VanKien.Diagnostics;

namespace VanKien.Reviewing;

/// <summary>
/// Every changed paragraph of the reviewed DOCX turned into edits of the source where it can be:
/// words inside a paragraph, a whole paragraph deleted or replaced, paragraphs and table rows
/// added after one the source holds, the date line's values. What finds no place is left for
/// the rebuild to decide (<see cref="Unplaced"/>): numbering and other generated text that the
/// other edits bring about, or a conflict.
/// </summary>
internal sealed class ChangePlacement(ReviewedDocx reviewed, SourceSpans spans, SourceLayout layout, DiagnosticBag diagnostics, SourceLocation at)
{
    public SourceSpans Spans => spans;
    public SourceLayout Layout => layout;
    public List<SourceEdit> Plan { get; } = [];
    public List<int> Unplaced { get; } = [];
    public int Changes { get; private set; }

    private static bool Blank(string text) => text.Trim().Length == 0;
    private bool Added(int p) => p < reviewed.Original.Count && Blank(reviewed.Original[p]) && !Blank(reviewed.Accepted[p]);
    private bool Deleted(int p) => !Blank(reviewed.Original[p]) && Blank(reviewed.Accepted[p]);

    /// <summary>Changes that are conflicts before any edit is tried: two paragraphs run into one.</summary>
    public int Conflicts { get; private set; }

    public void PlaceChanges()
    {
        var edits = reviewed.Edits.GroupBy(e => e.Paragraph).ToDictionary(g => g.Key, g => g.ToList());
        var done = new HashSet<int>();
        // A paragraph mark deleted between two paragraphs that stay: one paragraph made of two source spans.
        for (var p = 0; p + 1 < reviewed.Original.Count; p++)
        {
            if (!reviewed.MarkDeleted[p] || Blank(reviewed.Accepted[p])) continue;
            var next = p + 1;
            while (next < reviewed.Original.Count && Blank(reviewed.Accepted[next])) next++;
            if (next == reviewed.Original.Count) continue;
            Conflicts++;
            done.UnionWith(Enumerable.Range(p, next - p + 1));
            diagnostics.Add(Rules.ReviewConflict, at,
                $"nối hai đoạn thành một: «{reviewed.Original[p]}» + «{reviewed.Original[next]}» → «{reviewed.Accepted[p]}{reviewed.Accepted[next]}»",
                "mỗi đoạn là một chỗ riêng của nguồn (một câu, một mục, một đoạn văn): nối tay trong nguồn");
        }
        foreach (var p in edits.Keys.Order())
        {
            if (!done.Add(p)) continue;
            if (Added(p))
            {
                var run = new List<int> { p };
                while (Added(run[^1] + 1)) run.Add(run[^1] + 1);
                done.UnionWith(run);
                PlaceAdded(run);
            }
            else if (Deleted(p))
            {
                // Deleted and written anew in its place: one paragraph's text replaced.
                if (Added(p + 1) && !Added(p + 2) && reviewed.Cells[p] == reviewed.Cells[p + 1])
                {
                    done.Add(p + 1);
                    PlaceReplaced(p, p + 1, edits[p][0].Author);
                }
                else if (reviewed.Cells[p] is { } cell) PlaceDeletedRow(p, cell, done, edits[p][0].Author);
                else PlaceDeleted(p, edits[p][0].Author);
            }
            else PlaceWords(p, edits[p]);
        }
    }

    private void Change(SourceLocation where, string author, string what)
    {
        Changes++;
        diagnostics.Add(Rules.ReviewChange, where, $"{ReviewRun.Who(author)}{what}");
    }

    private void Leave(int p) => Unplaced.Add(p);

    private void PlaceWords(int p, List<ReviewEdit> edits)
    {
        var paragraph = reviewed.Original[p];
        var placed = new List<(ReviewEdit Edit, SourceSpans.Found Found, SourceEdit SourceEdit)>();
        foreach (var edit in edits)
            if (spans.Span(p, edit.Offset, edit.Deleted.Length) is { } found && SourceEdit.For(layout, found, edit) is { } sourceEdit)
                placed.Add((edit, found, sourceEdit));
        if (placed.Count == edits.Count)
        {
            foreach (var (edit, found, sourceEdit) in placed)
            {
                Plan.Add(sourceEdit);
                if (SourceEdit.FollowingValue(layout, found, edit) is { } value) Plan.Add(value);
                Change(spans.At(found.Index), edit.Author, (edit.Deleted.Length, edit.Inserted.Length) switch
                {
                    (> 0, > 0) => $"thay «{edit.Deleted}» bằng «{edit.Inserted}»",
                    (> 0, _) => $"xóa «{edit.Deleted}»",
                    _ => $"thêm «{edit.Inserted}»",
                });
            }
            return;
        }
        if (DateLineEdit.For(layout, paragraph, reviewed.Accepted[p]) is { Count: > 0 } dateEdits)
        {
            Plan.AddRange(dateEdits);
            Change(spans.At(dateEdits[0].Index), edits[0].Author, $"thay ngày và nơi ban hành «{paragraph}» bằng «{reviewed.Accepted[p]}»");
            return;
        }
        Leave(p);
    }

    private void PlaceDeleted(int p, string author)
    {
        var paragraph = reviewed.Original[p];
        if (spans.Span(p, 0, paragraph.Length) is { } found && SourceEdit.Removal(layout, found) is { } removal)
        {
            Plan.Add(removal);
            Change(spans.At(found.Index), author, $"xóa «{paragraph}»");
        }
        else Leave(p);
    }

    private void PlaceReplaced(int p, int by, string author)
    {
        var paragraph = reviewed.Original[p];
        var accepted = reviewed.Accepted[by];
        if (spans.Span(p, 0, paragraph.Length) is { } found && SourceEdit.Replacement(layout, found, paragraph, accepted) is { } replacement)
        {
            Plan.Add(replacement);
            Change(spans.At(found.Index), author, $"thay đoạn «{paragraph}» bằng «{accepted}»");
        }
        else
        {
            Leave(p);
            Leave(by);
        }
    }

    /// <summary>A table row whose every cell the reviewer deleted: its Markdown row goes.</summary>
    private void PlaceDeletedRow(int p, TableCell cell, HashSet<int> done, string author)
    {
        var row = reviewed.RowOf(cell).ToList();
        if (row.Any(i => !Blank(reviewed.Accepted[i])))
        {
            PlaceDeleted(p, reviewed.AuthorAt(p));
            return;
        }
        done.UnionWith(row);
        var anchor = row.FirstOrDefault(i => !Blank(reviewed.Original[i]));
        var text = reviewed.Original[anchor];
        if (spans.Span(anchor, 0, text.Length) is { } found && layout.LineAt(found.Index).TrimStart().StartsWith('|'))
        {
            var (start, end) = layout.LineAround(found.Index);
            Plan.Add(new SourceEdit(start, Math.Min(layout.Text.Length, end + 1) - start, ""));
            Change(spans.At(found.Index), author, $"xóa dòng bảng «{string.Join(" | ", row.Select(i => reviewed.Original[i]))}»");
        }
        else row.ForEach(Leave);
    }

    private void PlaceAdded(List<int> run)
    {
        var author = reviewed.AuthorAt(run[0]);
        var previous = reviewed.PreviousWritten(run[0]);
        var previousText = previous >= 0 ? reviewed.Original[previous] : "";
        var found = previous >= 0 ? spans.Span(previous, 0, previousText.Length) : null;
        var where = found is { } f ? spans.At(f.Index) : at;
        foreach (var p in run) Change(where, author, $"thêm đoạn «{reviewed.Accepted[p]}» sau đoạn «{previousText}»");
        if (found is not { } place)
        {
            run.ForEach(Leave);
            return;
        }
        if (run.All(p => reviewed.Cells[p] is { RowInserted: true }))
        {
            foreach (var row in run.GroupBy(p => (reviewed.Cells[p]!.Table, reviewed.Cells[p]!.Row)))
                if (SourceEdit.Row(layout, place, row.Select(p => reviewed.Accepted[p].Trim()).ToList()) is { } rowEdit) Plan.Add(rowEdit);
                else row.ToList().ForEach(Leave);
            return;
        }
        if (SourceEdit.Addition(layout, place, previousText, run.Select(p => reviewed.Accepted[p]).ToList()) is { } addition) Plan.Add(addition);
        else run.ForEach(Leave);
    }
}
