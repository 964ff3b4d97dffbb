using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static VanKien.Writing.Docx.Units;

namespace VanKien.Writing.Docx;

/// <summary>
/// The styles part, made from a format profile: every size and spacing of FORMAT.md lives in a
/// named style, so that restyling in Word changes the style, not each paragraph.
/// </summary>
internal static class StylesBuilder
{
    public static Styles Build(FormatProfile profile)
    {
        var font = profile.FontFamily;
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = HalfPoints(profile.BodySize) },
                    new FontSizeComplexScript { Val = HalfPoints(profile.BodySize) },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        var line = Str((int)Math.Round(240 * profile.LineSpacing));
        var after = Str(TwipsFromPoints(profile.ParagraphSpacingAfterPt));

        styles.Append(Paragraph(StyleIds.Body, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = after, Line = line, LineRule = LineSpacingRuleValues.Auto },
                Indentation = new Indentation { FirstLine = Str(Twips(profile.FirstLineIndentMm)) },
                Justification = new Justification { Val = JustificationValues.Both },
            },
            null));

        styles.Append(HeadingStyle(StyleIds.Heading1, "heading 1", 0, bold: true, italic: false));
        styles.Append(HeadingStyle(StyleIds.Heading2, "heading 2", 1, bold: true, italic: false));
        styles.Append(HeadingStyle(StyleIds.Heading3, "heading 3", 2, bold: true, italic: true));
        styles.Append(HeadingStyle(StyleIds.Heading4, "heading 4", 3, bold: false, italic: true));

        styles.Append(Paragraph(StyleIds.Block, "VK Header block", StyleIds.Body, false,
            Centered(), Size(profile.BodySize)));
        styles.Append(Paragraph(StyleIds.KindTitle, "VK Kind title", StyleIds.Block, false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "480", After = "0" },
                Indentation = new Indentation { FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Size(profile.KindTitleSize, bold: true)));
        styles.Append(Paragraph(StyleIds.Summary, "VK Summary", StyleIds.Block, false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = new Indentation { FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Size(profile.SummarySize, bold: true)));
        styles.Append(Paragraph(StyleIds.TableText, "VK Table text", StyleIds.Body, false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Indentation = new Indentation { FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            Size(profile.TableSize)));
        styles.Append(Paragraph(StyleIds.TableHeader, "VK Table header", StyleIds.TableText, false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            Size(profile.TableSize, bold: true)));
        styles.Append(Paragraph(StyleIds.RecipientsLabel, "VK Recipients label", StyleIds.Block, false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Left } },
            Size(profile.RecipientsLabelSize, underline: true)));
        styles.Append(Paragraph(StyleIds.Recipient, "VK Recipient", StyleIds.Block, false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Left } },
            Size(profile.RecipientsItemSize)));
        styles.Append(Paragraph(StyleIds.Signature, "VK Signature", StyleIds.Block, false,
            Centered(), Size(profile.SignatureSize)));
        styles.Append(Paragraph(StyleIds.PageNumber, "VK Page number", StyleIds.Block, false,
            Centered(), Size(profile.BodySize)));

        return styles;
    }

    private static Style HeadingStyle(string id, string name, int outline, bool bold, bool italic) =>
        Paragraph(id, name, StyleIds.Body, false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                OutlineLevel = new OutlineLevel { Val = outline },
            },
            new StyleRunProperties { Bold = bold ? new Bold() : null, Italic = italic ? new Italic() : null });

    private static StyleParagraphProperties Centered() => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        Indentation = new Indentation { FirstLine = "0" },
        Justification = new Justification { Val = JustificationValues.Center },
    };

    private static StyleRunProperties Size(double points, bool bold = false, bool underline = false) => new()
    {
        Bold = bold ? new Bold() : null,
        FontSize = new FontSize { Val = HalfPoints(points) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(points) },
        Underline = underline ? new Underline { Val = UnderlineValues.Single } : null,
    };

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault,
        StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        return style;
    }
}
