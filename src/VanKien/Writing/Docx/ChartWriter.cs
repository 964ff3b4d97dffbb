using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VanKien.Standard;
using VanKien.Writing.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// A <see cref="Model.Chart"/> as a native Word chart: a DrawingML chart part (clustered columns,
/// one series per column of the source table, the values cached in the part so Word, LibreOffice
/// and any reader show them without recomputing) with its data in an embedded workbook, so "Edit
/// Data" works in Word. Relationship ids and part names are fixed, so output stays byte-identical.
/// </summary>
internal sealed class ChartWriter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    // Dark and light in turn: told apart when printed in grey (relative luminance 0,07 · 0,52 · 0,08 · 0,66).
    private static readonly string[] Colours = ["1F4E79", "F4B183", "385723", "BDD7EE"];
    private readonly List<(WordPart Chart, WordPart Workbook)> _parts = [];
    private int _count;

    public W.Paragraph Write(Model.Chart chart, int widthTwips)
    {
        _count++;
        var id = $"rIdChart{_count}";
        var layout = ChartLayout.For(chart, widthTwips);
        var name = $"/word/charts/chart{_count}.xml";
        // The workbook is named .xlsx: Word takes a .bin name too, but spreadsheet editors do not open one.
        _parts.Add((
            new WordPart(name, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", id, "chart", WordPackage.Xml(ChartSpace(chart, layout))),
            new WordPart($"/word/charts/embeddings/package{(_count == 1 ? "" : _count)}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "rIdData", "package", Workbook(chart))));

        const long EmuPerPoint = 12700;
        var width = (long)Math.Round(layout.WidthPoints * EmuPerPoint);
        var height = (long)Math.Round(layout.HeightPoints * EmuPerPoint);
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = (uint)_count, Name = $"Biểu đồ {_count}", Description = string.Join("\n", Printing.ChartText.Lines(chart)) },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = ChartUri }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return Wml.Paragraph(StyleIds.Block, p => p.Justification = new W.Justification { Val = W.JustificationValues.Center },
            [new W.Run(new W.Drawing(inline))]);
    }

    /// <summary>Adds every chart written so far, each with its workbook, to the document's package.</summary>
    public void AddTo(WordPackage package)
    {
        foreach (var (chart, workbook) in _parts)
        {
            package.AddToMain(chart);
            package.Add(chart.Name, workbook);
        }
    }

    private static C.ChartSpace ChartSpace(Model.Chart chart, ChartLayout layout)
    {
        var rows = chart.Categories.Count;
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var column = (char)('B' + s);
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"),
                    new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0 }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Colours[s % Colours.Length] })),
                new C.InvertIfNegative { Val = false },
                Labels(series, chart.Unit, layout),
                new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${rows + 1}"),
                    new C.StringCache(new OpenXmlElement[] { new C.PointCount { Val = (uint)rows } }
                        .Concat(chart.Categories.Select((c, i) => new C.StringPoint(new C.NumericValue(c)) { Index = (uint)i }))))),
                new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${rows + 1}"),
                    new C.NumberingCache(new OpenXmlElement[] { new C.FormatCode("General"), new C.PointCount { Val = (uint)rows } }
                        .Concat(series.Values.Select((v, i) => (v, i)).Where(p => p.v is not null)
                            .Select(p => new C.NumericPoint(new C.NumericValue(Number(p.v!.Value))) { Index = (uint)p.i })))))));
        }
        bar.Append(new C.GapWidth { Val = 80 }, new C.Overlap { Val = -10 }, new C.AxisId { Val = 1001 }, new C.AxisId { Val = 1002 });

        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = 1001 },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            Title(chart.CategoryTitle, 1000, bold: false),
            new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 1002 },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });
        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = 1002 },
            // From 0, so that 95 does not look like half of 100; a percentage axis ends at 100.
            chart.Unit == "%"
                ? new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = 100 }, new C.MinAxisValue { Val = 0 })
                : new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(),
            Title(chart.Unit.Length == 0 ? "Giá trị" : chart.Unit, 1000, bold: false),
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = 1001 },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "vi-VN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title, 1200, bold: true),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(PlotLayout(layout), bar, categoryAxis, valueAxis),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.TextProperties(new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties(
                    new A.LatinFont { Typeface = "Times New Roman" }, new A.ComplexScriptFont { Typeface = "Times New Roman" }) { FontSize = 1100 }),
                    new A.EndParagraphRunProperties { Language = "vi-VN" })),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = "rIdData" });
    }

    private static C.Title Title(string text, int size, bool bold) =>
        new(new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = bold }),
                    new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = size, Bold = bold }, new A.Text(text))))),
            new C.Overlay { Val = false });

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The plot placed by hand, as fractions of the chart: left to its own devices a renderer lets the
    /// title's second line and the labels above the tallest bars run into each other.
    /// </summary>
    private static C.Layout PlotLayout(ChartLayout layout) =>
        new(new C.ManualLayout(
            new C.LayoutTarget { Val = C.LayoutTargetValues.Inner },
            new C.LeftMode { Val = C.LayoutModeValues.Edge }, new C.TopMode { Val = C.LayoutModeValues.Edge },
            new C.Left { Val = layout.PlotLeft }, new C.Top { Val = layout.PlotTop },
            new C.Width { Val = layout.PlotWidth }, new C.Height { Val = layout.PlotHeight }));

    /// <summary>
    /// Each value's label written as text, the Vietnamese way ("96,5%"): a number format would print
    /// the reader's locale ("96.5" on an English system) whatever the document says.
    /// </summary>
    private static C.DataLabels Labels(Model.ChartSeries series, string unit, ChartLayout layout)
    {
        var labels = new C.DataLabels();
        // Upright labels where they fit above their bar, turned a quarter where the bars are too narrow.
        var text = new C.TextProperties(
            new A.BodyProperties { Rotation = layout.LabelsTurned ? -5400000 : 0, Vertical = A.TextVerticalValues.Horizontal },
            new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = layout.LabelSize }), new A.EndParagraphRunProperties { Language = "vi-VN" }));
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } value) continue;
            labels.Append(new C.DataLabel(
                new C.Index { Val = (uint)i },
                new C.ChartText(new C.RichText(new A.BodyProperties { Rotation = layout.LabelsTurned ? -5400000 : 0, Vertical = A.TextVerticalValues.Horizontal }, new A.ListStyle(),
                    new A.Paragraph(new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = layout.LabelSize }, new A.Text(ChartLayout.Label(value, unit)))))),
                new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
                new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }));
        }
        labels.Append((C.TextProperties)text.CloneNode(true), new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
            new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true }, new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false });
        return labels;
    }

    /// <summary>The chart's data as a one-sheet workbook: categories in A, a series per column.</summary>
    private static byte[] Workbook(Model.Chart chart)
    {
        using var stream = new MemoryStream();
        using (var book = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = book.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rIdSheet1");
            var data = new SheetData();
            data.Append(Row(1, [Text("A1", chart.CategoryTitle), .. chart.Series.Select((s, i) => Text($"{(char)('B' + i)}1", s.Name))]));
            for (var r = 0; r < chart.Categories.Count; r++)
            {
                var cells = new List<Cell> { Text($"A{r + 2}", chart.Categories[r]) };
                for (var s = 0; s < chart.Series.Count; s++)
                    if (chart.Series[s].Values[r] is { } value)
                        cells.Add(new Cell(new CellValue(Number(value))) { CellReference = $"{(char)('B' + s)}{r + 2}" });
                data.Append(Row((uint)r + 2, cells));
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = "rIdSheet1" }));
        }
        return DeterministicPackage.Normalize(stream.ToArray());

        static Row Row(uint index, IEnumerable<Cell> cells) => new(cells) { RowIndex = index };

        static Cell Text(string reference, string text) =>
            new(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { CellReference = reference, DataType = CellValues.InlineString };
    }
}
