using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Diagnostics;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// What the output takes from a reference DOCX, as pandoc's <c>--reference-doc</c> does: every
/// style, the page setup (of its last section) and the page headers. An office restyles its
/// documents by opening the reference in Word, changing styles or margins, and saving.
/// </summary>
public sealed class ReferenceDocument
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private ReferenceDocument(Styles styles, PageSetup page, Header defaultHeader, Header firstHeader)
    {
        Styles = styles;
        Page = page;
        DefaultHeader = defaultHeader;
        FirstHeader = firstHeader;
    }

    public Styles Styles { get; }

    public PageSetup Page { get; }

    public Header DefaultHeader { get; }

    public Header FirstHeader { get; }

    /// <summary>The built-in reference of a profile.</summary>
    public static ReferenceDocument FromProfile(FormatProfile profile) => new(
        StylesBuilder.Build(profile),
        PageSetup.FromProfile(profile),
        new Header(Wml.Paragraph(StyleIds.PageNumber, new SimpleField(new Run(new W.Text("2"))) { Instruction = " PAGE " })),
        new Header(new W.Paragraph()));

    /// <summary>
    /// Reads a reference DOCX. Refuses macro-enabled files; a missing style is taken from the
    /// built-in reference, with a warning naming it. Returns null (with a diagnostic) when unusable.
    /// </summary>
    public static ReferenceDocument? Read(string path, byte[] bytes, FormatProfile profile, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".docm" or ".dotm")
        {
            diagnostics.Add(Rules.ReferenceRefused, at, "tệp mẫu có macro (.docm, .dotm) không được dùng", "lưu tệp mẫu dưới dạng .docx");
            return null;
        }
        if (bytes.LongLength > MaxBytes)
        {
            diagnostics.Add(Rules.ReferenceRefused, at, $"tệp mẫu lớn hơn {MaxBytes / 1024 / 1024} MB");
            return null;
        }

        try
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(bytes), false);
            if (package.MainDocumentPart is not { } main)
            {
                diagnostics.Add(Rules.ReferenceRefused, at, "tệp mẫu không có phần văn bản chính");
                return null;
            }
            if (main.VbaProjectPart is not null || package.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                diagnostics.Add(Rules.ReferenceRefused, at, "tệp mẫu có macro, không được dùng", "lưu tệp mẫu dưới dạng .docx không macro");
                return null;
            }

            var builtIn = FromProfile(profile);
            var styles = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? new Styles();
            foreach (var id in StyleIds.All)
            {
                if (styles.Elements<Style>().Any(s => s.StyleId?.Value == id)) continue;
                diagnostics.Add(Rules.ReferenceMissingStyle, at, $"tệp mẫu thiếu kiểu (style) '{id}'; dùng kiểu mặc định của VanKien",
                    "xuất tệp mẫu bằng 'vankien template export' rồi sửa trên tệp đó");
                styles.Append(builtIn.Styles.Elements<Style>().First(s => s.StyleId?.Value == id).CloneNode(true));
            }
            if (styles.DocDefaults is null) styles.PrependChild(builtIn.Styles.DocDefaults!.CloneNode(true));

            var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            var page = section is null ? builtIn.Page : PageOf(section, builtIn.Page);
            var headers = section?.Elements<HeaderReference>().ToList() ?? [];
            Header? HeaderOf(HeaderFooterValues type) =>
                headers.FirstOrDefault(h => h.Type?.Value == type) is { Id.Value: { } id } && main.GetPartById(id) is HeaderPart part
                    ? (Header?)part.Header?.CloneNode(true)
                    : null;
            return new ReferenceDocument(styles, page,
                HeaderOf(HeaderFooterValues.Default) ?? builtIn.DefaultHeader,
                HeaderOf(HeaderFooterValues.First) ?? builtIn.FirstHeader);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FormatException or InvalidDataException or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException)
        {
            diagnostics.Add(Rules.ReferenceRefused, at, $"không đọc được tệp mẫu DOCX: {ex.Message}");
            return null;
        }
    }

    private static PageSetup PageOf(SectionProperties section, PageSetup fallback)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        return new PageSetup(
            (int?)size?.Width?.Value ?? fallback.Width,
            (int?)size?.Height?.Value ?? fallback.Height,
            margin?.Top?.Value ?? fallback.Top,
            margin?.Bottom?.Value ?? fallback.Bottom,
            (int?)margin?.Left?.Value ?? fallback.Left,
            (int?)margin?.Right?.Value ?? fallback.Right,
            (int?)margin?.Header?.Value ?? fallback.Header,
            (int?)margin?.Footer?.Value ?? fallback.Footer);
    }

    /// <summary>
    /// This reference as a DOCX a user can open in Word: its styles, page setup and headers, and
    /// a short specimen that uses every style so that each can be found and changed.
    /// </summary>
    public byte[] ToDocx(FormatProfile profile)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            AddParts(main);
            var body = new Body();
            foreach (var id in StyleIds.All)
                body.Append(Wml.Paragraph(id, Wml.Run($"{id} — mẫu chữ tiếng Việt: Đảng bộ xã Hùng An, ngày 01 tháng 10 năm 2025.")));
            body.Append(new PageGeometry(Page, profile).Portrait());
            main.Document = new W.Document(body);
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    /// <summary>Adds the styles, settings and header parts to a new package, with fixed relationship ids.</summary>
    internal void AddParts(MainDocumentPart main)
    {
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = (Styles)Styles.CloneNode(true);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
        main.AddNewPart<HeaderPart>(PageGeometry.DefaultHeaderId).Header = (Header)DefaultHeader.CloneNode(true);
        main.AddNewPart<HeaderPart>(PageGeometry.FirstHeaderId).Header = (Header)FirstHeader.CloneNode(true);
    }
}
