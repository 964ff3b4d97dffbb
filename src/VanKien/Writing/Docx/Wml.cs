using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace VanKien.Writing.Docx;

/// <summary>Small constructors for WordprocessingML elements, children always in schema order.</summary>
internal static class Wml
{
    public static W.Paragraph Paragraph(string styleId, params OpenXmlElement[] runs) =>
        Paragraph(styleId, null, runs);

    public static W.Paragraph Paragraph(string styleId, Action<ParagraphProperties>? adjust, IEnumerable<OpenXmlElement> runs)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        adjust?.Invoke(properties);
        var paragraph = new W.Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// The paragraph that must follow a table at the end of a section, made one twip-thin so that
    /// it never spills onto a page of its own.
    /// </summary>
    public static W.Paragraph ThinParagraph(SectionProperties? section = null) =>
        Paragraph(StyleIds.Block, p =>
        {
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact };
            p.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" });
            p.SectionProperties = section;
        }, []);

    /// <summary>
    /// A short centred rule — a bottom border on an empty paragraph, indented so that it is
    /// <paramref name="lengthTwips"/> long in a container <paramref name="containerTwips"/> wide:
    /// under the title, and under a state body's name.
    /// </summary>
    public static W.Paragraph Rule(string styleId, int lengthTwips, int containerTwips, int spaceAfter = 0)
    {
        var indent = Units.Str(Math.Max(0, (containerTwips - lengthTwips) / 2));
        return Paragraph(styleId, p =>
        {
            p.KeepNext = new KeepNext();
            p.ParagraphBorders = new ParagraphBorders
            {
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "auto" },
            };
            // A paragraph of 6 pt: an empty line's height would set the rule a full line below the text it closes.
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = Units.Str(spaceAfter), Line = "120", LineRule = LineSpacingRuleValues.Exact };
            p.Indentation = new Indentation { Left = indent, Right = indent, FirstLine = "0" };
        }, []);
    }

    public static Run Run(string text, bool bold = false, bool italic = false, bool underline = false, double? sizePoints = null)
    {
        var run = new Run();
        if (bold || italic || underline || sizePoints is not null)
        {
            run.RunProperties = new RunProperties
            {
                Bold = bold ? new Bold() : null,
                Italic = italic ? new Italic() : null,
                FontSize = sizePoints is { } s ? new FontSize { Val = Units.HalfPoints(s) } : null,
                FontSizeComplexScript = sizePoints is { } c ? new FontSizeComplexScript { Val = Units.HalfPoints(c) } : null,
                Underline = underline ? new Underline { Val = UnderlineValues.Single } : null,
            };
        }
        // Every printed word passes here, so the groups a line must not part are held together here.
        run.Append(new W.Text(VanKien.Text.NoBreakGroups.Apply(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Runs for model inlines; <paramref name="transform"/> applies to the text (e.g. capitals).</summary>
    public static IEnumerable<OpenXmlElement> Runs(IEnumerable<Inline> inlines, Func<string, string>? transform = null)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun text when text.Text.Length > 0:
                    yield return Run(transform is null ? text.Text : transform(text.Text), text.Bold, text.Italic);
                    break;
                case Model.LineBreak:
                    yield return new Run(new Break());
                    break;
            }
        }
    }

    /// <summary>
    /// Runs for printed runs: neighbours of the same look are one run, so a line the printer made of
    /// parts ("- " and a recipient and ";") is one run as a typist's would be; a break is a w:br.
    /// </summary>
    public static IEnumerable<OpenXmlElement> Runs(IReadOnlyList<Printing.PrintedRun> runs, bool bold = false, double? sizePoints = null)
    {
        var i = 0;
        while (i < runs.Count)
        {
            if (runs[i].IsBreak) { yield return new Run(new Break()); i++; continue; }
            var text = new System.Text.StringBuilder(runs[i].Text);
            var j = i + 1;
            while (j < runs.Count && !runs[j].IsBreak && runs[j].Bold == runs[i].Bold && runs[j].Italic == runs[i].Italic) text.Append(runs[j++].Text);
            if (text.Length > 0) yield return Run(text.ToString(), bold || runs[i].Bold, runs[i].Italic, sizePoints: sizePoints);
            i = j;
        }
    }

    public static TableCell Cell(int widthTwips, IEnumerable<OpenXmlElement> paragraphs, TableVerticalAlignmentValues? align = null)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Units.Str(widthTwips), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = align is { } a ? new TableCellVerticalAlignment { Val = a } : null,
        });
        var any = false;
        foreach (var paragraph in paragraphs)
        {
            cell.Append(paragraph);
            any = true;
        }
        if (!any) cell.Append(new W.Paragraph());
        return cell;
    }

    /// <summary>A table's frame: fixed layout, the given column widths, borders or none.</summary>
    public static W.Table Table(IReadOnlyList<int> widths, bool bordered)
    {
        BorderType Border<TBorder>() where TBorder : BorderType, new() =>
            new TBorder { Val = bordered ? BorderValues.Single : BorderValues.Nil, Size = bordered ? 4U : 0U, Space = 0U, Color = "auto" };

        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Units.Str(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders
            {
                TopBorder = (TopBorder)Border<TopBorder>(),
                LeftBorder = (LeftBorder)Border<LeftBorder>(),
                BottomBorder = (BottomBorder)Border<BottomBorder>(),
                RightBorder = (RightBorder)Border<RightBorder>(),
                InsideHorizontalBorder = (InsideHorizontalBorder)Border<InsideHorizontalBorder>(),
                InsideVerticalBorder = (InsideVerticalBorder)Border<InsideVerticalBorder>(),
            },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TableCellLeftMargin = new TableCellLeftMargin { Width = bordered ? (short)85 : (short)0, Type = TableWidthValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = bordered ? (short)85 : (short)0, Type = TableWidthValues.Dxa },
            },
            // No first-row flag: pandoc would read row 1 of a layout table as a header.
            TableLook = new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true },
        };
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Units.Str(w) }));
        return new W.Table(properties, grid);
    }
}
