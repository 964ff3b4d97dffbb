using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static VanKien.Writing.Docx.Units;
using VanKien.Standard;

namespace VanKien.Writing.Docx;

/// <summary>
/// The built-in styles, made from a format profile: every size and spacing of FORMAT.md lives in
/// a named style, so that restyling in Word changes the style, not each paragraph.
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
                // Widow and orphan control everywhere: no line of a paragraph alone at a page's top or foot.
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new WidowControl(),
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        var line = Str((int)Math.Round(240 * profile.LineSpacing));
        var after = Str(TwipsFromPoints(profile.ParagraphSpacingAfterPt));
        var state = profile.Variant == FrameVariant.State;

        styles.Append(Paragraph(StyleIds.Body, StyleIds.NameOf(StyleIds.Body), null, isDefault: true,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = after, Line = line, LineRule = LineSpacingRuleValues.Auto },
                Indentation = new Indentation { FirstLine = Str(Twips(profile.FirstLineIndentMm)) },
                Justification = new Justification { Val = JustificationValues.Both },
            },
            null));

        styles.Append(HeadingStyle(StyleIds.Heading1, StyleIds.NameOf(StyleIds.Heading1), 0, bold: true, italic: false));
        styles.Append(HeadingStyle(StyleIds.Heading2, StyleIds.NameOf(StyleIds.Heading2), 1, bold: true, italic: false));
        styles.Append(HeadingStyle(StyleIds.Heading3, StyleIds.NameOf(StyleIds.Heading3), 2, bold: true, italic: true));
        styles.Append(HeadingStyle(StyleIds.Heading4, StyleIds.NameOf(StyleIds.Heading4), 3, bold: false, italic: true));

        styles.Append(Paragraph(StyleIds.Block, StyleIds.NameOf(StyleIds.Block), StyleIds.Body, false, Aligned(JustificationValues.Center), Run(profile.BodySize)));
        styles.Append(Block(StyleIds.SuperiorBody, StyleIds.NameOf(StyleIds.SuperiorBody), Run(profile.SuperiorBodySize)));
        styles.Append(Block(StyleIds.IssuingBody, StyleIds.NameOf(StyleIds.IssuingBody), Run(profile.IssuingBodySize, bold: true)));
        styles.Append(Block(StyleIds.IssuerSeparator, StyleIds.NameOf(StyleIds.IssuerSeparator), Run(profile.IssuingBodySize)));
        styles.Append(Block(StyleIds.NationalLine, StyleIds.NameOf(StyleIds.NationalLine), Run(profile.NationalLineSize, bold: true, underline: !state)));
        styles.Append(Block(StyleIds.Motto, StyleIds.NameOf(StyleIds.Motto), Run(profile.MottoSize, bold: true, underline: true)));
        styles.Append(Block(StyleIds.Number, StyleIds.NameOf(StyleIds.Number), Run(profile.NumberSize)));
        styles.Append(Block(StyleIds.PlaceDate, StyleIds.NameOf(StyleIds.PlaceDate), Run(profile.PlaceDateSize, italic: true)));

        styles.Append(Paragraph(StyleIds.KindTitle, StyleIds.NameOf(StyleIds.KindTitle), StyleIds.Block, false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "480", After = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Run(profile.KindTitleSize, bold: true)));
        styles.Append(Paragraph(StyleIds.Summary, StyleIds.NameOf(StyleIds.Summary), StyleIds.Block, false,
            new StyleParagraphProperties { KeepNext = new KeepNext(), Justification = new Justification { Val = JustificationValues.Center } },
            Run(profile.SummarySize, bold: true)));
        // Căn cứ: body text; italic in state documents (FORMAT.md).
        styles.Append(Paragraph(StyleIds.Basis, StyleIds.NameOf(StyleIds.Basis), StyleIds.Body, false, null, new StyleRunProperties { Italic = state ? new Italic() : null }));
        styles.Append(Paragraph(StyleIds.PartNumber, StyleIds.NameOf(StyleIds.PartNumber), StyleIds.Block, false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "0" },
                OutlineLevel = new OutlineLevel { Val = 0 },
            },
            Run(profile.BodySize, bold: true)));
        styles.Append(Paragraph(StyleIds.PartTitle, StyleIds.NameOf(StyleIds.PartTitle), StyleIds.Block, false,
            new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { After = "120" } },
            Run(profile.BodySize, bold: true)));

        styles.Append(Paragraph(StyleIds.TableText, StyleIds.NameOf(StyleIds.TableText), StyleIds.Body, false,
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                Indentation = new Indentation { FirstLine = "0" },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            Run(profile.TableSize)));
        styles.Append(Paragraph(StyleIds.TableHeader, StyleIds.NameOf(StyleIds.TableHeader), StyleIds.TableText, false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Center } },
            Run(profile.TableSize, bold: true)));

        styles.Append(Paragraph(StyleIds.RecipientsLabel, StyleIds.NameOf(StyleIds.RecipientsLabel), StyleIds.Block, false, Aligned(JustificationValues.Left),
            Run(profile.RecipientsLabelSize, bold: profile.RecipientsLabelBoldItalic, italic: profile.RecipientsLabelBoldItalic, underline: profile.RecipientsLabelUnderlined)));
        // A recipient that runs onto a second line starts it under its text, not under the "- ".
        var recipient = Aligned(JustificationValues.Left);
        recipient.Indentation = new Indentation { Left = "170", Hanging = "170" };
        styles.Append(Paragraph(StyleIds.Recipient, StyleIds.NameOf(StyleIds.Recipient), StyleIds.Block, false, recipient, Run(profile.RecipientsItemSize)));
        styles.Append(Block(StyleIds.Authority, StyleIds.NameOf(StyleIds.Authority), Run(profile.SignatureSize, bold: true)));
        styles.Append(Block(StyleIds.Position, StyleIds.NameOf(StyleIds.Position), Run(profile.SignatureSize, bold: profile.PositionBold)));
        styles.Append(Block(StyleIds.Signature, StyleIds.NameOf(StyleIds.Signature), Run(profile.SignatureSize)));
        styles.Append(Block(StyleIds.SignerName, StyleIds.NameOf(StyleIds.SignerName), Run(profile.SignatureSize, bold: true)));
        styles.Append(Paragraph(StyleIds.AppendixNote, StyleIds.NameOf(StyleIds.AppendixNote), StyleIds.Block, false,
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "240" } },
            Run(profile.BodySize, italic: true)));
        styles.Append(Block(StyleIds.PageNumber, StyleIds.NameOf(StyleIds.PageNumber), Run(profile.BodySize)));
        return styles;
    }

    private static Style HeadingStyle(string id, string name, int outline, bool bold, bool italic) =>
        Paragraph(id, name, StyleIds.Body, false,
            // Left-aligned: a heading that runs onto a second line is not stretched as justified body text is.
            new StyleParagraphProperties { KeepNext = new KeepNext(), OutlineLevel = new OutlineLevel { Val = outline }, Justification = new Justification { Val = JustificationValues.Left } },
            new StyleRunProperties { Bold = bold ? new Bold() : null, Italic = italic ? new Italic() : null });

    /// <summary>A centred, single-spaced, unindented style for the header and closing blocks.</summary>
    private static Style Block(string id, string name, StyleRunProperties run) =>
        Paragraph(id, name, StyleIds.Block, false, null, run);

    private static StyleParagraphProperties Aligned(JustificationValues alignment) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        Indentation = new Indentation { FirstLine = "0" },
        Justification = new Justification { Val = alignment },
    };

    private static StyleRunProperties Run(double points, bool bold = false, bool italic = false, bool underline = false) => new()
    {
        Bold = bold ? new Bold() : null,
        Italic = italic ? new Italic() : null,
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
