using VanKien.Model;
using VanKien.Printing;

namespace VanKien.Diffing;

/// <summary>
/// The body compared paragraph by paragraph (headings, paragraphs, list items, table rows, the
/// appendix), each located by the headings above it; a removed and an added paragraph that are
/// alike are one changed paragraph, with a word-level diff.
/// </summary>
internal static class ProseDiff
{
    private const double ChangedThreshold = 0.5;

    /// <summary>A compared piece of the body; a heading is compared as "# title", so that it never pairs with a paragraph of the same words.</summary>
    private sealed record Unit(string Section, string Text, bool Heading)
    {
        public string Key => Heading ? "# " + Text : Text;
    }

    public static IReadOnlyList<ProseChange> Between(Document older, Document newer)
    {
        var a = Units(older);
        var b = Units(newer);
        var edits = SequenceDiff.Between(a.Select(u => u.Key).ToList(), b.Select(u => u.Key).ToList());
        var changes = new List<ProseChange>();
        var deleted = new List<Unit>();
        var inserted = new List<Unit>();

        void Flush()
        {
            var lastPaired = -1;
            var pairedInserts = new HashSet<int>();
            foreach (var d in deleted)
            {
                var best = Enumerable.Range(lastPaired + 1, Math.Max(0, inserted.Count - lastPaired - 1))
                    .Where(i => inserted[i].Heading == d.Heading)
                    .Select(i => (Index: i, Score: SequenceDiff.Similarity(d.Text, inserted[i].Text)))
                    .Where(x => x.Score >= ChangedThreshold)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Index)
                    .FirstOrDefault(x => true, (Index: -1, Score: 0));
                if (best.Index < 0)
                {
                    changes.Add(new ProseChange(ProseChangeKind.Removed, d.Section, d.Text, null, []) { IsHeading = d.Heading });
                    continue;
                }
                foreach (var i in Enumerable.Range(lastPaired + 1, best.Index - lastPaired - 1))
                {
                    changes.Add(new ProseChange(ProseChangeKind.Added, inserted[i].Section, null, inserted[i].Text, []) { IsHeading = inserted[i].Heading });
                    pairedInserts.Add(i);
                }
                var n = inserted[best.Index];
                changes.Add(new ProseChange(ProseChangeKind.Changed, n.Section, d.Text, n.Text, Words(d.Text, n.Text)) { IsHeading = n.Heading });
                pairedInserts.Add(best.Index);
                lastPaired = best.Index;
            }
            for (var i = 0; i < inserted.Count; i++)
                if (!pairedInserts.Contains(i)) changes.Add(new ProseChange(ProseChangeKind.Added, inserted[i].Section, null, inserted[i].Text, []) { IsHeading = inserted[i].Heading });
            deleted.Clear();
            inserted.Clear();
        }

        foreach (var edit in edits)
        {
            switch (edit.Kind)
            {
                case EditKind.Delete: deleted.Add(a[edit.OldIndex]); break;
                case EditKind.Insert: inserted.Add(b[edit.NewIndex]); break;
                default: Flush(); break;
            }
        }
        Flush();
        return WithMoves(changes);
    }

    /// <summary>
    /// A paragraph removed in one place and added unchanged in another was moved: it stands under
    /// <see cref="ProseChange.Section"/> now, and under <see cref="ProseChange.From"/> before when that
    /// differs. A heading moved with its section carries the paragraphs under it that moved with it.
    /// </summary>
    private static List<ProseChange> WithMoves(List<ProseChange> changes)
    {
        var result = new List<ProseChange>(changes);
        foreach (var removed in changes.Where(c => c.Kind == ProseChangeKind.Removed))
        {
            var added = result.FirstOrDefault(c => c.Kind == ProseChangeKind.Added && c.New == removed.Old && c.IsHeading == removed.IsHeading);
            if (added is null) continue;
            var at = result.IndexOf(added);
            result[at] = new ProseChange(ProseChangeKind.Moved, added.Section, removed.Old, added.New, [])
            {
                IsHeading = added.IsHeading,
                From = removed.Section == added.Section ? null : removed.Section,
            };
            result.Remove(removed);
        }
        foreach (var heading in result.Where(c => c is { Kind: ProseChangeKind.Moved, IsHeading: true }).ToList())
        {
            var under = heading.Section.Length == 0 ? heading.New! : $"{heading.Section} › {heading.New}";
            var carried = result.Where(c => c is { Kind: ProseChangeKind.Moved, From: null } && c != heading
                && (c.Section == under || c.Section.StartsWith(under + " › ", StringComparison.Ordinal))).ToList();
            if (carried.Count == 0) continue;
            result.RemoveAll(carried.Contains);
            result[result.IndexOf(heading)] = heading with { Carried = carried.Count };
        }
        return result;
    }

    public static IReadOnlyList<WordPiece> Words(string older, string newer) =>
        SequenceDiff.WordPieces(older, newer).Select(p => new WordPiece(p.Kind, p.Text)).ToList();

    private static List<Unit> Units(Document document)
    {
        var units = new List<Unit>();
        var path = new List<string>();
        void Add(string text, bool heading = false) { if (text.Length > 0) units.Add(new Unit(string.Join(" › ", path), text, heading)); }

        void Blocks(IEnumerable<Block> blocks, string marker)
        {
            foreach (var block in blocks) block.Accept(new UnitView(marker, path, Add, Blocks));
        }

        Blocks(document.Body, "");
        if (document.Appendix is { } appendix)
        {
            path.Clear();
            path.Add("Phụ lục");
            Add(Text(appendix.Title), heading: true);
            foreach (var subtitle in appendix.Subtitles) Add(Text(subtitle.Content));
            Blocks(appendix.Blocks, "");
        }
        return units;
    }

    /// <summary>
    /// What each kind of block adds to the compared units: a heading also moves the path under
    /// which the units that follow it are shown.
    /// </summary>
    private sealed class UnitView(string marker, List<string> path, Action<string, bool> add, Action<IEnumerable<Block>, string> blocks) : IBlockVisitor<bool>
    {
        /// <summary>A heading stands in the section above it; what follows stands under it.</summary>
        public bool Heading(Heading heading)
        {
            var title = Text(heading.Content);
            while (path.Count >= heading.Level) path.RemoveAt(path.Count - 1);
            while (path.Count < heading.Level - 1) path.Add("");
            add(title, true);
            path.Add(title);
            return true;
        }

        public bool Paragraph(Paragraph paragraph)
        {
            add(marker + Text(paragraph.Content), false);
            return true;
        }

        public bool BulletList(BulletList list)
        {
            foreach (var item in list.Items) blocks(item.Blocks, "- ");
            return true;
        }

        public bool NumberedList(NumberedList list)
        {
            foreach (var item in list.Items) blocks(item.Blocks, "");
            return true;
        }

        public bool Table(Table table)
        {
            foreach (var row in table.Rows.Prepend(table.Header))
                add(string.Join(" | ", row.Cells.Select(c => Text(c.Content))), false);
            return true;
        }

        /// <summary>The targets are compared one by one by the target diff.</summary>
        public bool TargetsPlaceholder(TargetsPlaceholder placeholder) => false;

        public bool Chart(Chart chart)
        {
            foreach (var line in ChartText.Lines(chart)) add(line, false);
            return true;
        }
    }

    private static string Text(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(i => i is TextRun r ? r.Text : " ")).Trim();
}
