using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Targets;
using static VanKien.Writing.Source.SourceSyntax;

namespace VanKien.Importing;

/// <summary>
/// Writes a recognised document in the source language: YAML front matter (every string quoted, so
/// no Vietnamese sentence is ever read as YAML syntax) and a Markdown body in which any character
/// Markdown would take as syntax is escaped. Targets get ids and the value the phrase parser reads
/// from their sentence; the sentence itself is kept verbatim.
/// </summary>
public static class SourceWriter
{
    public static string Write(ImportedDocument document, string origin, PhraseParser phrases)
    {
        var s = new StringBuilder();
        s.Append("---\n");
        s.Append("# Nhập từ ").Append(origin).Append(" bằng `vankien import`.\n");
        if (document.Unplaced.Count > 0)
            s.Append("# ").Append(document.Unplaced.Count.ToString(CultureInfo.InvariantCulture))
             .Append(" dòng của bản gốc chưa xếp được vào văn bản: xem báo cáo của lệnh import.\n");
        Scalar(s, "loai", document.Kind);
        if (document.StateFrame) Scalar(s, "the-thuc", "nd30-2020");
        Scalar(s, "so", document.Number);
        if (document.SuperiorBody is not null || document.IssuingBody is not null || document.NameInText is not null)
        {
            s.Append("co-quan:\n");
            Scalar(s, "cap-tren", document.SuperiorBody, "  ");
            Scalar(s, "ban-hanh", document.IssuingBody, "  ");
            Scalar(s, "ten-goi", document.NameInText, "  ");
        }
        Scalar(s, "dia-danh", document.Place);
        if (document.Date is { } date) s.Append("ngay: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        Scalar(s, "trich-yeu", document.Summary);
        Scalar(s, "nhiem-ky", document.Term);
        foreach (var (key, value) in document.Extra) Scalar(s, key, value);
        List(s, "can-cu", document.Basis);
        WriteTargets(s, document, phrases);
        List(s, "noi-nhan", document.Recipients);
        if (document.Authority is not null || document.Position is not null || document.Signer is not null)
        {
            s.Append("ky:\n");
            Scalar(s, "tham-quyen", document.Authority, "  ");
            Scalar(s, "chuc-vu", document.Position, "  ");
            Scalar(s, "ho-ten", document.Signer, "  ");
        }
        s.Append("---\n");

        foreach (var block in document.Body) Block(s, block);
        if (document.Appendix is { } appendix)
        {
            s.Append("\n::: phu-luc\n");
            s.Append("# ").Append(Inline(appendix.Title.Length > 0 ? appendix.Title : "Phụ lục")).Append('\n');
            foreach (var line in appendix.Subtitles) s.Append('\n').Append(Paragraph(line)).Append('\n');
            foreach (var block in appendix.Blocks) Block(s, block);
            s.Append(":::\n");
        }
        return s.ToString();
    }

    private static void WriteTargets(StringBuilder s, ImportedDocument document, PhraseParser phrases)
    {
        if (document.Targets.Count == 0) return;
        s.Append("chi-tieu:\n");
        var number = 0;
        foreach (var group in document.Targets)
        {
            if (group.Name is not null)
            {
                s.Append("  - nhom: ").Append(Quote(group.Name)).Append('\n');
                s.Append("    muc:\n");
            }
            else s.Append("  - muc:\n");
            foreach (var target in group.Targets)
            {
                number++;
                s.Append("      - id: ct-").Append(number.ToString("00", CultureInfo.InvariantCulture)).Append('\n');
                s.Append("        noi-dung: ").Append(Quote(target.Sentence)).Append('\n');
                var (value, period) = phrases.Infer(target.Sentence);
                if (value is not null) s.Append("        gia-tri: ").Append(Quote(value.ToString())).Append('\n');
                if (period != Period.Unstated) s.Append("        ky: ").Append(period.Key()).Append('\n');
            }
        }
    }

    private static void Block(StringBuilder s, DraftBlock block)
    {
        s.Append('\n');
        switch (block)
        {
            case DraftHeading heading:
                s.Append(new string('#', heading.Level)).Append(' ').Append(Inline(heading.Text).TrimEnd('#')).Append('\n');
                break;
            case DraftParagraph paragraph:
                s.Append(Paragraph(paragraph.Text)).Append('\n');
                break;
            case DraftBullet bullet:
                s.Append(bullet.Depth > 0 ? "  - " : "- ").Append(Paragraph(bullet.Text)).Append('\n');
                break;
            case DraftNumbered item:
                s.Append("1. ").Append(Paragraph(item.Text)).Append('\n');
                foreach (var more in item.More) s.Append("\n   ").Append(Paragraph(more)).Append('\n');
                break;
            case DraftTable table:
                var columns = table.Rows.Max(r => r.Count);
                foreach (var (row, index) in table.Rows.Select((r, i) => (r, i)))
                {
                    s.Append('|');
                    for (var c = 0; c < columns; c++) s.Append(' ').Append(Cell(c < row.Count ? row[c] : "")).Append(" |");
                    s.Append('\n');
                    if (index == 0) s.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
                }
                break;
            case DraftTargetsHere:
                s.Append("::: chi-tieu\n:::\n");
                break;
        }
    }
}
