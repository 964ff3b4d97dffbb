using System.Globalization;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;
using VanKien.Writing.Source;

namespace VanKien.Importing;

/// <summary>
/// A recognised document as a source to write: the frame as found, targets with ids and the value
/// the phrase parser reads from their sentence (the sentence itself kept verbatim), and the body's
/// drafts as model blocks — consecutive items one list, "+ " items inside the "- " item above them.
/// </summary>
public static class ImportedSource
{
    public static SourceDocument From(ImportedDocument document, string origin, PhraseParser phrases)
    {
        var comments = new List<string> { $"Nhập từ {origin} bằng `vankien import`." };
        if (document.Unplaced.Count > 0)
            comments.Add($"{document.Unplaced.Count.ToString(CultureInfo.InvariantCulture)} dòng của bản gốc chưa xếp được vào văn bản: xem báo cáo của lệnh import.");
        string? Extra(string key) => document.Extra.Where(e => e.Key == key).Select(e => e.Value).FirstOrDefault();
        return new SourceDocument
        {
            Comments = comments,
            Kind = document.Kind,
            Profile = document.StateFrame ? "nd30-2020" : null,
            Number = document.Number,
            Draft = document.Draft ? "true" : null,
            SuperiorBody = document.SuperiorBody,
            IssuingBody = document.IssuingBody,
            NameInText = document.NameInText,
            Place = document.Place,
            Date = document.Date is { } date ? SourceDocument.DateText(date) : null,
            Summary = document.Summary,
            Term = document.Term,
            ParentPath = Extra("thuc-hien"),
            OrganisationKind = Extra("loai-to-chuc"),
            Bases = document.Basis,
            Enacting = document.Enacting,
            TargetGroups = Targets(document, phrases),
            Recipients = document.Recipients,
            Authority = document.Authority,
            Position = document.Position,
            Signer = document.Signer,
            Body = Blocks(document.Body),
            Appendix = document.Appendix is { } appendix
                ? new Appendix(Inlines.Plain(appendix.Title.Length > 0 ? appendix.Title : "Phụ lục"),
                    appendix.Subtitles.Select(line => new Paragraph(Inlines.Plain(line), SourceLocation.None)).ToList(), Blocks(appendix.Blocks), SourceLocation.None)
                : null,
        };
    }

    private static List<TargetGroup> Targets(ImportedDocument document, PhraseParser phrases)
    {
        var number = 0;
        return document.Targets.Select(group => new TargetGroup(
            group.Name is null ? null : At(group.Name),
            group.Targets.Select(target =>
            {
                number++;
                var (value, period) = phrases.Infer(target.Sentence);
                return new Target(At("ct-" + number.ToString("00", CultureInfo.InvariantCulture)), At(target.Sentence), value,
                    value is null ? null : At(value.ToString()!), period, null, TargetRelation.Applies, null, [], target.Location);
            }).ToList(),
            SourceLocation.None)).ToList();
    }

    /// <summary>
    /// The drafts as blocks. The list now open, its last item and that item's sub-list are grown in place
    /// (a list rebuilt for each new item would cost the square of its length: 100,000 items, minutes).
    /// </summary>
    private static List<Block> Blocks(IEnumerable<DraftBlock> drafts)
    {
        var blocks = new List<Block>();
        List<ListItem>? bullets = null;     // the items of the bullet list that is the last block
        List<Block>? lastItem = null;       // the blocks of that list's last item
        List<ListItem>? subItems = null;    // the sub-list inside that item
        List<ListItem>? numbered = null;    // the items of the numbered list that is the last block
        void Close() => (bullets, lastItem, subItems, numbered) = (null, null, null, null);
        foreach (var draft in drafts)
        {
            WorkBudget.Check();
            switch (draft)
            {
                case DraftHeading heading:
                    Close();
                    blocks.Add(new Heading(heading.Level, Inlines.Plain(heading.Text), heading.Location) { Unnumbered = heading.Unnumbered });
                    break;
                case DraftParagraph paragraph:
                    Close();
                    blocks.Add(new Paragraph(Inlines.Plain(paragraph.Text), paragraph.Location));
                    break;
                case DraftBullet { Depth: > 0 } bullet when lastItem is not null:
                    // Under the item above: in its own list of sub-items, opened by the first of them.
                    var sub = new ListItem([Para(bullet.Text, bullet.Location)], bullet.Location);
                    if (subItems is null)
                    {
                        subItems = [];
                        lastItem.Add(new BulletList(subItems, bullet.Location));
                    }
                    subItems.Add(sub);
                    break;
                case DraftBullet bullet:
                    if (bullets is null)
                    {
                        Close();
                        bullets = [];
                        blocks.Add(new BulletList(bullets, bullet.Location));
                    }
                    lastItem = [Para(bullet.Text, bullet.Location)];
                    subItems = null;
                    bullets.Add(new ListItem(lastItem, bullet.Location));
                    break;
                case DraftNumbered item:
                    var entry = new ListItem([Para(item.Text, item.Location), .. item.More.Select(m => Para(m, item.Location))], item.Location);
                    if (numbered is null)
                    {
                        Close();
                        numbered = [];
                        blocks.Add(new NumberedList(numbered, item.Location));
                    }
                    numbered.Add(entry);
                    break;
                case DraftTable table:
                    Close();
                    var columns = table.Rows.Max(r => r.Count);
                    TableRow Row(IReadOnlyList<string> cells) => new(Enumerable.Range(0, columns).Select(c => new TableCell(Inlines.Plain(c < cells.Count ? cells[c] : ""))).ToList());
                    blocks.Add(new Table(Row(table.Rows[0]), table.Rows.Skip(1).Select(Row).ToList(), table.Location));
                    break;
                case DraftTargetsHere here:
                    Close();
                    blocks.Add(new TargetsPlaceholder(here.Location));
                    break;
            }
        }
        return blocks;
    }

    private static Paragraph Para(string text, SourceLocation location) => new(Inlines.Plain(text), location);

    private static Located<string> At(string value) => new(value, SourceLocation.None);
}
