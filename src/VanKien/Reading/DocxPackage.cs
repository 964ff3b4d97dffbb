using System.IO.Compression;
using System.Xml;
using VanKien.Diagnostics;

namespace VanKien.Reading;

/// <summary>
/// The gate a DOCX from e-mail passes before any XML is parsed: it must be a ZIP package, whole,
/// within bounded sizes (entry count, expanded size, compression ratio — a zip bomb fails here, and
/// again while reading if its sizes lie), and its XML parts must not declare a DTD (no external or
/// expanding entities). Each refusal is one diagnostic; nothing is read past it.
/// </summary>
public sealed class DocxPackage : IDisposable
{
    public sealed record Limits(
        long MaxFileBytes = 20L * 1024 * 1024,
        int MaxEntries = 1000,
        long MaxPartBytes = 32L * 1024 * 1024,
        long MaxTotalBytes = 128L * 1024 * 1024,
        int MaxRatio = 100,
        int MaxDepth = PackagePart.MaxDepth)
    {
        public static Limits Default { get; } = new();
    }

    /// <summary>A refusal found while reading a part after the package was opened.</summary>
    public sealed class Refused(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private readonly ZipArchive _zip;
    private readonly string _path;
    private readonly Limits _limits;
    private long _expanded;

    private DocxPackage(ZipArchive zip, string path, Limits limits) => (_zip, _path, _limits) = (zip, path, limits);

    public static DocxPackage? Open(string path, byte[] bytes, DiagnosticBag diagnostics, Limits? limits = null)
    {
        limits ??= Limits.Default;
        var at = SourceLocation.StartOf(path);
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Add(Rules.ImportTooLarge, at, $"tệp {N(bytes.Length)} byte, quá giới hạn {N(limits.MaxFileBytes)} byte");
            return null;
        }
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            diagnostics.Add(Rules.ImportNotDocx, at, "đây là tệp Word 97–2003 (.doc), không phải DOCX",
                "mở bằng Word hoặc LibreOffice và lưu lại dạng .docx (soffice --headless --convert-to docx)");
            return null;
        }
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K' || bytes[2] != 3 || bytes[3] != 4)
        {
            diagnostics.Add(Rules.ImportNotDocx, at, "tệp không phải gói ZIP của DOCX (sai chữ ký đầu tệp)");
            return null;
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(Rules.ImportDamaged, at, $"không mở được gói ZIP: {ex.Message}", "tệp có thể bị cắt cụt khi tải về; tải lại bản gốc");
            return null;
        }

        var package = new DocxPackage(zip, path, limits);
        if (package.Inspect(diagnostics)) return package;
        package.Dispose();
        return null;
    }

    /// <summary>The declared sizes: cheap to test, and honest packages never come near them.</summary>
    private bool Inspect(DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(_path);
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try { entries = _zip.Entries; }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(Rules.ImportDamaged, at, $"mục lục gói ZIP hỏng: {ex.Message}");
            return false;
        }
        if (entries.Count > _limits.MaxEntries)
        {
            diagnostics.Add(Rules.ImportTooLarge, at, $"gói có {N(entries.Count)} mục, quá giới hạn {N(_limits.MaxEntries)}");
            return false;
        }
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length > _limits.MaxPartBytes || total > _limits.MaxTotalBytes)
            {
                diagnostics.Add(Rules.ImportTooLarge, at, $"mục \"{entry.FullName}\" bung ra {N(entry.Length)} byte, vượt giới hạn");
                return false;
            }
            if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > _limits.MaxRatio)
            {
                diagnostics.Add(Rules.ImportTooLarge, at,
                    $"mục \"{entry.FullName}\" nén {N(entry.Length / entry.CompressedLength)} lần (giới hạn {_limits.MaxRatio}): nghi là bom zip");
                return false;
            }
        }
        if (_zip.GetEntry("word/document.xml") is null)
        {
            diagnostics.Add(Rules.ImportNotDocx, at, "gói ZIP không có word/document.xml: không phải văn bản Word");
            return false;
        }
        return true;
    }

    /// <summary>
    /// An XML part, read through a counter that stops at the limits whatever the headers claimed,
    /// then parsed with DTDs prohibited and no resolver. Null when the part is absent.
    /// </summary>
    public XmlDocument? Part(string name)
    {
        var entry = _zip.GetEntry(name);
        if (entry is null) return null;
        var at = SourceLocation.StartOf(_path);
        byte[]? bytes;
        try
        {
            bytes = PackagePart.Inflate(entry, Math.Min(_limits.MaxPartBytes, _limits.MaxTotalBytes - _expanded));
        }
        catch (InvalidDataException ex)
        {
            throw new Refused(Diagnostic.Of(Rules.ImportDamaged, at, $"mục \"{name}\" hỏng: {ex.Message}"));
        }
        if (bytes is null)
            throw new Refused(Diagnostic.Of(Rules.ImportTooLarge, at, $"mục \"{name}\" bung ra nhiều hơn khai báo, vượt giới hạn: nghi là bom zip"));
        _expanded += bytes.Length;

        if (DeclaresDtd(bytes))
            throw new Refused(Diagnostic.Of(Rules.ImportExternalEntity, at,
                $"mục \"{name}\" khai báo DTD (<!DOCTYPE>/<!ENTITY>): DOCX hợp lệ không bao giờ có, tệp bị từ chối"));

        if (PackagePart.DeeperThan(bytes, _limits.MaxDepth) is { } line)
            throw new Refused(Diagnostic.Of(Rules.ImportTooLarge, at,
                $"mục \"{name}\" lồng nhau quá {N(_limits.MaxDepth)} cấp (ở dòng {N(line)}): văn bản Word thật không bao giờ sâu như vậy, tệp bị từ chối"));

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), PackagePart.XmlSettings(_limits.MaxPartBytes));
            var document = new XmlDocument { XmlResolver = null };
            document.Load(reader);
            return document;
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException)
        {
            // XmlDocument throws ArgumentException for a declaration such as <?xml version="2.0"?>.
            throw new Refused(Diagnostic.Of(Rules.ImportDamaged, at, $"mục \"{name}\" không phải XML hợp lệ: {ex.Message}"));
        }
    }

    private static bool DeclaresDtd(byte[] bytes)
    {
        static bool Has(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
        foreach (var marker in new[] { "<!DOCTYPE", "<!ENTITY" })
            if (Has(bytes, System.Text.Encoding.UTF8.GetBytes(marker)) || Has(bytes, System.Text.Encoding.Unicode.GetBytes(marker)) ||
                Has(bytes, System.Text.Encoding.BigEndianUnicode.GetBytes(marker)))
                return true;
        return false;
    }

    private static string N(long value) => Text.VietnameseText.Number(value);

    public void Dispose() => _zip.Dispose();
}
