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

    private static List<Block> Blocks(IEnumerable<DraftBlock> drafts)
    {
        var blocks = new List<Block>();
        foreach (var draft in drafts)
        {
            switch (draft)
            {
                case DraftHeading heading:
                    blocks.Add(new Heading(heading.Level, Inlines.Plain(heading.Text), heading.Location) { Unnumbered = heading.Unnumbered });
                    break;
                case DraftParagraph paragraph:
                    blocks.Add(new Paragraph(Inlines.Plain(paragraph.Text), paragraph.Location));
                    break;
                case DraftBullet { Depth: > 0 } bullet when blocks is [.., BulletList { Items: [.., var above] } list]:
                    // Under the item above: in its own list of sub-items, opened by the first of them.
                    var sub = new ListItem([Para(bullet.Text, bullet.Location)], bullet.Location);
                    var inner = above.Blocks is [.., BulletList nested] ? nested with { Items = [.. nested.Items, sub] } : new BulletList([sub], bullet.Location);
                    var merged = above with { Blocks = above.Blocks is [.., BulletList] ? [.. above.Blocks.SkipLast(1), inner] : [.. above.Blocks, inner] };
                    blocks[^1] = list with { Items = [.. list.Items.SkipLast(1), merged] };
                    break;
                case DraftBullet bullet:
                    var item = new ListItem([Para(bullet.Text, bullet.Location)], bullet.Location);
                    if (blocks is [.., BulletList open]) blocks[^1] = open with { Items = [.. open.Items, item] };
                    else blocks.Add(new BulletList([item], bullet.Location));
                    break;
                case DraftNumbered numbered:
                    var entry = new ListItem([Para(numbered.Text, numbered.Location), .. numbered.More.Select(m => Para(m, numbered.Location))], numbered.Location);
                    if (blocks is [.., NumberedList numberedList]) blocks[^1] = numberedList with { Items = [.. numberedList.Items, entry] };
                    else blocks.Add(new NumberedList([entry], numbered.Location));
                    break;
                case DraftTable table:
                    var columns = table.Rows.Max(r => r.Count);
                    TableRow Row(IReadOnlyList<string> cells) => new(Enumerable.Range(0, columns).Select(c => new TableCell(Inlines.Plain(c < cells.Count ? cells[c] : ""))).ToList());
                    blocks.Add(new Table(Row(table.Rows[0]), table.Rows.Skip(1).Select(Row).ToList(), table.Location));
                    break;
                case DraftTargetsHere here:
                    blocks.Add(new TargetsPlaceholder(here.Location));
                    break;
            }
        }
        return blocks;
    }

    private static Paragraph Para(string text, SourceLocation location) => new(Inlines.Plain(text), location);

    private static Located<string> At(string value) => new(value, SourceLocation.None);
}
