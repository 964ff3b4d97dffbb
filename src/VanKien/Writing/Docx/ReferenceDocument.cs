using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Diagnostics;
using VanKien.Standard;
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
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly System.Xml.Linq.XNamespace Wx = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // The parts are kept as the XML bytes they are copied as: a reference is read once and copied into
    // every output, and neither needs the SDK's typed tree (which a cold start pays dearly to build).
    private ReferenceDocument(byte[] styles, PageSetup page, byte[] defaultHeader, byte[] firstHeader)
    {
        StylesXml = styles;
        Page = page;
        DefaultHeaderXml = defaultHeader;
        FirstHeaderXml = firstHeader;
        _parts = new(() => MakeParts(styles, defaultHeader, firstHeader));
    }

    internal byte[] StylesXml { get; }

    /// <summary>The parts every output copies, deflated once per reference: a district's build writes thousands of outputs from one.</summary>
    private readonly Lazy<IReadOnlyList<WordPart>> _parts;

    public PageSetup Page { get; }

    internal byte[] DefaultHeaderXml { get; }

    internal byte[] FirstHeaderXml { get; }

    /// <summary>The built-in reference of a profile.</summary>
    public static ReferenceDocument FromProfile(FormatProfile profile) => new(
        Xml(StylesBuilder.Build(profile)),
        PageSetup.FromProfile(profile),
        // No cached number: one header serves every page, so any number kept in it would be wrong on all
        // pages but one for a viewer that shows fields as saved; Word and LibreOffice compute it.
        Xml(new Header(Wml.Paragraph(StyleIds.PageNumber, new SimpleField { Instruction = " PAGE " }))),
        Xml(new Header(new W.Paragraph())));

    private static byte[] Xml(OpenXmlElement root) => System.Text.Encoding.UTF8.GetBytes(root.OuterXml);

    /// <summary>
    /// Reads a reference DOCX. Refuses macro-enabled files; a missing style is taken from the
    /// built-in reference, with a warning naming it. Returns null (with a diagnostic) when unusable.
    /// The package is read as XML (no DTD, no resolver): a template from e-mail is untrusted input.
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
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes, writable: false), System.IO.Compression.ZipArchiveMode.Read);
            var contentTypes = Part(zip, "[Content_Types].xml");
            var office = Relationships(zip, "_rels/.rels").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
            if (contentTypes is null || string.IsNullOrEmpty(office.Target))
            {
                diagnostics.Add(Rules.ReferenceRefused, at, "tệp mẫu không có phần văn bản chính");
                return null;
            }
            var mainName = PartName("", office.Target);
            if (zip.Entries.Any(e => e.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) ||
                System.Text.Encoding.UTF8.GetString(contentTypes).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Rules.ReferenceRefused, at, "tệp mẫu có macro, không được dùng", "lưu tệp mẫu dưới dạng .docx không macro");
                return null;
            }
            var mainFolder = mainName.Contains('/') ? mainName[..(mainName.LastIndexOf('/') + 1)] : "";
            var relationships = Relationships(zip, $"{mainFolder}_rels/{mainName[mainFolder.Length..]}.rels");
            string? Target(Func<(string Id, string Type, string Target), bool> which) =>
                relationships.FirstOrDefault(which) is { Target.Length: > 0 } r ? PartName(mainFolder, r.Target) : null;

            // Styles: the reference's own, with any style VanKien needs and the reference lacks taken from the built-in one.
            var builtIn = new Lazy<ReferenceDocument>(() => FromProfile(profile));
            var stylesXml = Target(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)) is { } stylesName ? Part(zip, stylesName) : null;
            var styles = stylesXml is null ? new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement(Wx + "styles")) : Load(stylesXml);
            var root = styles.Root!;
            // Styles found by name first, then by id, and given VanKien's ids again (StyleMatcher).
            var ids = root.Elements(Wx + "style").Select(e => (string?)e.Attribute(Wx + "styleId")).ToList();
            var (missing, renamed) = StyleMatcher.Adopt(root);
            var changed = stylesXml is null || !ids.SequenceEqual(root.Elements(Wx + "style").Select(e => (string?)e.Attribute(Wx + "styleId")));
            System.Xml.Linq.XElement? builtInStyles = null;
            System.Xml.Linq.XElement BuiltInStyles() => builtInStyles ??= Load(builtIn.Value.StylesXml).Root!;
            foreach (var id in missing)
            {
                diagnostics.Add(Rules.ReferenceMissingStyle, at, $"tệp mẫu thiếu kiểu (style) '{id}' (tên '{StyleIds.NameOf(id)}'); dùng kiểu mặc định của VanKien",
                    "xuất tệp mẫu bằng 'vankien template export' rồi sửa trên tệp đó; giữ nguyên tên kiểu");
                root.Add(new System.Xml.Linq.XElement(BuiltInStyles().Elements(Wx + "style").First(e => (string?)e.Attribute(Wx + "styleId") == id)));
                changed = true;
            }
            // The output carries no theme part: fonts named by theme fall back to the explicit ones.
            foreach (var fonts in root.Descendants(Wx + "rFonts").ToList())
                foreach (var theme in fonts.Attributes().Where(a => a.Name.Namespace == Wx && a.Name.LocalName.EndsWith("heme", StringComparison.Ordinal)).ToList())
                {
                    theme.Remove();
                    changed = true;
                }
            if (root.Element(Wx + "docDefaults") is null)
            {
                root.AddFirst(new System.Xml.Linq.XElement(BuiltInStyles().Element(Wx + "docDefaults")!));
                changed = true;
            }

            // Page setup and headers: those of the last section of the reference's body.
            var document = Part(zip, mainName) is { } documentXml ? Load(documentXml) : null;
            var section = document?.Root?.Element(Wx + "body")?.Elements(Wx + "sectPr").LastOrDefault();
            var defaultPage = PageSetup.FromProfile(profile);
            var page = section is null ? defaultPage : PageOf(section, defaultPage);
            if (page.Problem() is { } problem)
            {
                diagnostics.Add(Rules.ReferenceRefused, at, $"tệp mẫu có trang không dùng được: {problem}");
                return null;
            }
            // A header is parsed and written anew, never copied as bytes: it reaches every signed output.
            byte[]? HeaderOf(string type) =>
                section?.Elements(Wx + "headerReference").FirstOrDefault(h => (string?)h.Attribute(Wx + "type") == type)
                    ?.Attribute(System.Xml.Linq.XNamespace.Get(OfficeRelationshipsNs) + "id")?.Value is { } rid &&
                Target(r => r.Id == rid && r.Type.EndsWith("/header", StringComparison.Ordinal)) is { } headerName &&
                Part(zip, headerName) is { } headerXml
                    ? HeaderSanitizer.Clean(Load(headerXml), renamed)
                    : null;
            return new ReferenceDocument(
                changed ? System.Text.Encoding.UTF8.GetBytes(styles.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)) : stylesXml!,
                page,
                HeaderOf("default") ?? builtIn.Value.DefaultHeaderXml,
                HeaderOf("first") ?? builtIn.Value.FirstHeaderXml);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException or FormatException)
        {
            diagnostics.Add(Rules.ReferenceRefused, at, $"không đọc được tệp mẫu DOCX: {ex.Message}");
            return null;
        }
    }

    /// <summary>A part's bytes (bounded by the package's size limit), or null when absent.</summary>
    private static byte[]? Part(System.IO.Compression.ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => e.FullName.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return null;
        return Reading.PackagePart.Inflate(entry, MaxBytes * 4) ?? throw new InvalidDataException($"phần {name} bung ra quá lớn");
    }

    private static System.Xml.Linq.XDocument Load(byte[] xml)
    {
        if (Reading.PackagePart.DeeperThan(xml) is { } line)
            throw new InvalidDataException($"phần XML lồng nhau quá {Reading.PackagePart.MaxDepth} cấp (dòng {line})");
        using var reader = System.Xml.XmlReader.Create(new MemoryStream(xml), Reading.PackagePart.XmlSettings(MaxBytes * 4));
        return System.Xml.Linq.XDocument.Load(reader);
    }

    private static List<(string Id, string Type, string Target)> Relationships(System.IO.Compression.ZipArchive zip, string name)
    {
        if (Part(zip, name) is not { } xml) return [];
        System.Xml.Linq.XNamespace r = RelationshipsNs;
        var relationships = new List<(string Id, string Type, string Target)>();
        foreach (var e in Load(xml).Root?.Elements(r + "Relationship") ?? [])
            if ((string?)e.Attribute("TargetMode") != "External")
                relationships.Add(((string?)e.Attribute("Id") ?? "", (string?)e.Attribute("Type") ?? "", (string?)e.Attribute("Target") ?? ""));
        return relationships;
    }

    /// <summary>A relationship target as a part name in the package: relative to the source part's folder, or absolute.</summary>
    private static string PartName(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private static PageSetup PageOf(System.Xml.Linq.XElement section, PageSetup fallback)
    {
        var size = section.Element(Wx + "pgSz");
        var margin = section.Element(Wx + "pgMar");
        int? Number(System.Xml.Linq.XElement? element, string name) =>
            element?.Attribute(Wx + name)?.Value is { } text && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        return new PageSetup(
            Number(size, "w") ?? fallback.Width,
            Number(size, "h") ?? fallback.Height,
            Number(margin, "top") ?? fallback.Top,
            Number(margin, "bottom") ?? fallback.Bottom,
            Number(margin, "left") ?? fallback.Left,
            Number(margin, "right") ?? fallback.Right,
            Number(margin, "header") ?? fallback.Header,
            Number(margin, "footer") ?? fallback.Footer);
    }

    /// <summary>
    /// This reference as a DOCX a user can open in Word: its styles, page setup and headers, and
    /// a short specimen that uses every style so that each can be found and changed.
    /// </summary>
    public byte[] ToDocx(FormatProfile profile)
    {
        var body = new Body();
        foreach (var id in StyleIds.All)
            body.Append(Wml.Paragraph(id, Wml.Run($"{id} — mẫu chữ tiếng Việt: Đảng bộ xã Hùng An, ngày 01 tháng 10 năm 2025.")));
        body.Append(new PageGeometry(Page, profile).Portrait());
        return new WordPackage(new W.Document(body), this).ToBytes();
    }

    /// <summary>The styles, settings, font table, theme and header parts an output takes, with their fixed relationship ids.</summary>
    internal IReadOnlyList<WordPart> Parts => _parts.Value;

    private static List<WordPart> MakeParts(byte[] styles, byte[] defaultHeader, byte[] firstHeader)
    {
        const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        // Tab stops every 1,27 cm as Word's default; the decimal comma and ';' list separator of a
        // Vietnamese Word, so that fields and tables read numbers the way the text writes them.
        var settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new DecimalSymbol { Val = "," },
            new ListSeparator { Val = ";" });
        var fonts = FontParts.Named(styles);
        return
        [
            new("/word/styles.xml", Wordprocessing + "styles+xml", "rIdStyles", "styles", styles),
            new("/word/settings.xml", Wordprocessing + "settings+xml", "rIdSettings", "settings", WordPackage.Xml(settings)),
            new("/word/fontTable.xml", Wordprocessing + "fontTable+xml", "rIdFonts", "fontTable", FontParts.FontTable(fonts)),
            new("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", "rIdTheme", "theme", FontParts.Theme(fonts[0])),
            new("/word/header1.xml", Wordprocessing + "header+xml", PageGeometry.DefaultHeaderId, "header", defaultHeader),
            new("/word/header2.xml", Wordprocessing + "header+xml", PageGeometry.FirstHeaderId, "header", firstHeader),
        ];
    }
}
