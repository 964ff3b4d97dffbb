using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace VanKien.Signing;

/// <summary>
/// Signs a PDF by an incremental update (ISO 32000-1, 7.5.6 and 12.8): the file's bytes stay as they
/// are, and after them come a signature dictionary, its field, the last page with the field among its
/// annotations, the form and the catalog that name it, a cross-reference section and a trailer whose
/// /Prev points back. A second signature (the organisation's after the signer's) is one more update,
/// so the first stays valid. The signature covers every byte but its own /Contents.
/// A library would be preferred here; PDFsharp 6.2 rewrites the whole file when it signs (which
/// breaks any earlier signature) and writes only adbe.pkcs7.detached, so the update is written here.
/// </summary>
public static class PdfSigner
{
    /// <summary>Room for the CMS signature: a certificate chain of a few certificates and, later, a time-stamp token.</summary>
    private const int ContentsBytes = 24 * 1024;

    private const int ByteRangeWidth = 48;

    public sealed record Request(SigningCertificate.Loaded Key, string Name, string Reason, string Location, DateTimeOffset Time)
    {
        /// <summary>What the signature shows and where; null for a signature not shown on any page.</summary>
        internal SignatureAppearance? Appearance { get; init; }

        /// <summary>An RFC 3161 time-stamp authority: the signature is then PAdES B-T, its time attested by the server.</summary>
        public Uri? TimeStampServer { get; init; }
    }

    public static byte[] Sign(byte[] pdf, Request request)
    {
        var structure = PdfStructure.Read(pdf);
        var pages = structure.Pages();
        if (pages.Count == 0) throw new FormatException("PDF không có trang");
        var next = structure.Size;
        var signature = next++;
        var field = next++;
        var objects = new List<(int Number, int Generation, string Text)>();

        // The form: a reference to it is rewritten with one more field; one written inline moves into an object of its own.
        var catalog = structure.Dictionary(structure.Root);
        var formValue = PdfSyntax.Get(catalog.Entries, "/AcroForm");
        int form;
        int formGeneration = 0;
        List<KeyValuePair<string, string>> formEntries;
        if (PdfSyntax.Reference(formValue) is { } formNumber)
        {
            form = formNumber;
            (formEntries, formGeneration) = structure.Dictionary(formNumber);
        }
        else
        {
            form = next++;
            formEntries = formValue is null ? [] : PdfSyntax.Dictionary(formValue, 0).Entries;
            PdfSyntax.Set(catalog.Entries, "/AcroForm", $"{form} 0 R");
            objects.Add((structure.Root, catalog.Generation, PdfSyntax.Write(catalog.Entries)));
        }
        var fields = PdfSyntax.Array(structure.ResolveValue(PdfSyntax.Get(formEntries, "/Fields") ?? "[]"));
        fields.Add($"{field} 0 R");
        PdfSyntax.Set(formEntries, "/Fields", "[" + string.Join(" ", fields) + "]");
        // SignaturesExist | AppendOnly: readers must save changes as updates, or the signatures break.
        PdfSyntax.Set(formEntries, "/SigFlags", "3");
        objects.Add((form, formGeneration, PdfSyntax.Write(formEntries)));

        // The field's widget: not shown, on the last page; or the appearance's first, on its page. The appearance's
        // other parts (the organisation's information on an appendix) are stamp annotations added in the same update,
        // so that the signature covers them: a field with several widgets is read by poppler as several unsigned fields.
        var appearance = request.Appearance;
        var fieldName = appearance is null ? $"VanKien {fields.Count}" : $"VanKien {fields.Count} {appearance.Role}";
        var widgets = new List<(int Number, int Page, string Rect, string? Ap, string? Text)>();
        if (appearance is null)
            widgets.Add((field, pages[^1], "[0 0 0 0]", null, null));
        else
        {
            var resources = WriteResources(appearance, ref next, objects);
            foreach (var (widget, i) in appearance.Widgets.Select((w, i) => (w, i)))
            {
                var ap = next++;
                var stream = Deflate(PdfSyntax.Bytes.GetBytes(widget.Content));
                var xobjects = string.Concat(widget.Images.Select((image, n) => $"/Im{n} {resources.Images[image]} 0 R"));
                var fonts = widget.Content.Contains("/F1 ", StringComparison.Ordinal) && resources.Font is { } font ? $"/Font<</F1 {font} 0 R>>" : "";
                objects.Add((ap, 0,
                    $"<</Type/XObject/Subtype/Form/BBox[0 0 {SignatureAppearance.F(widget.Rect.Width)} {SignatureAppearance.F(widget.Rect.Height)}]" +
                    $"/Resources<<{(xobjects.Length > 0 ? $"/XObject<<{xobjects}>>" : "")}{fonts}>>/Filter/FlateDecode/Length {stream.Length}>>\nstream\n" +
                    PdfSyntax.Bytes.GetString(stream) + "\nendstream"));
                var rect = $"[{SignatureAppearance.F(widget.Rect.X)} {SignatureAppearance.F(widget.Rect.Y)} {SignatureAppearance.F(widget.Rect.Right)} {SignatureAppearance.F(widget.Rect.Top)}]";
                widgets.Add((i == 0 ? field : next++, widget.Page, rect, $"<</N {ap} 0 R>>", widget.Text));
            }
        }
        foreach (var page in widgets.Select(w => w.Page).Distinct())
        {
            var (pageEntries, pageGeneration) = structure.Dictionary(page);
            var added = widgets.Where(w => w.Page == page).Select(w => $"{w.Number} 0 R");
            var annotations = PdfSyntax.Get(pageEntries, "/Annots");
            if (PdfSyntax.Reference(annotations) is { } annotationsNumber)
            {
                var (array, generation) = structure.Value(annotationsNumber);
                var list = PdfSyntax.Array(array);
                list.AddRange(added);
                objects.Add((annotationsNumber, generation, "[" + string.Join(" ", list) + "]"));
            }
            else
            {
                var list = annotations is null ? [] : PdfSyntax.Array(annotations);
                list.AddRange(added);
                PdfSyntax.Set(pageEntries, "/Annots", "[" + string.Join(" ", list) + "]");
                objects.Add((page, pageGeneration, PdfSyntax.Write(pageEntries)));
            }
        }

        // Print | Locked: printed as shown, and not moved by a reader.
        string Placed((int Number, int Page, string Rect, string? Ap, string? Text) w) =>
            $"/Type/Annot/P {w.Page} {structure.Dictionary(w.Page).Generation} R/Rect{w.Rect}/F 132{(w.Ap is null ? "" : $"/AP{w.Ap}")}";
        objects.Add((field, 0, $"<<{Placed(widgets[0])}/Subtype/Widget/FT/Sig/T{TextString(fieldName)}/V {signature} 0 R>>"));
        // Print | ReadOnly | Locked, with the text it shows as its contents.
        foreach (var w in widgets.Skip(1))
            objects.Add((w.Number, 0, $"<<{Placed(w).Replace("/F 132", "/F 196")}/Subtype/Stamp/Contents{TextString(w.Text ?? "")}>>"));

        var placeholderRange = "[" + new string(' ', ByteRangeWidth - 2) + "]";
        var placeholderContents = "<" + new string('0', 2 * ContentsBytes) + ">";
        objects.Add((signature, 0,
            "<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached" +
            $"/ByteRange{placeholderRange}/Contents{placeholderContents}" +
            $"/M{DateString(request.Time)}/Name{TextString(request.Name)}/Reason{TextString(request.Reason)}/Location{TextString(request.Location)}" +
            "/Prop_Build<</App<</Name/VanKien>>>>>>"));

        var update = new StringBuilder();
        var offsets = new List<(int Number, int Generation, long Offset)>();
        var start = (long)pdf.Length;
        var separator = pdf.Length > 0 && pdf[^1] is (byte)'\n' or (byte)'\r' ? "" : "\n";
        update.Append(separator);
        foreach (var (number, generation, body) in objects.OrderBy(o => o.Number))
        {
            offsets.Add((number, generation, start + update.Length));
            update.Append($"{number} {generation} obj\n{body}\nendobj\n");
        }
        var xref = start + update.Length;
        update.Append("xref\n");
        foreach (var (number, generation, offset) in offsets)
            update.Append($"{number} 1\n{offset:D10} {generation:D5} n\r\n");
        var trailer = structure.Trailer.Where(e => e.Key is not ("/Prev" or "/XRefStm")).ToList();
        PdfSyntax.Set(trailer, "/Size", next.ToString());
        PdfSyntax.Set(trailer, "/Prev", structure.LastXref.ToString());
        update.Append("trailer\n").Append(PdfSyntax.Write(trailer)).Append($"\nstartxref\n{xref}\n%%EOF\n");

        var appended = PdfSyntax.Bytes.GetBytes(update.ToString());
        var signed = new byte[pdf.Length + appended.Length];
        pdf.CopyTo(signed, 0);
        appended.CopyTo(signed, pdf.Length);

        // Where the placeholders landed: the /Contents string is the one gap in the signed bytes.
        var written = PdfSyntax.Bytes.GetString(signed, pdf.Length, appended.Length);
        var signatureAt = (int)(offsets.First(o => o.Number == signature).Offset - pdf.Length);
        var contentsStart = pdf.Length + written.IndexOf("/Contents<", signatureAt, StringComparison.Ordinal) + "/Contents".Length;
        var contentsEnd = contentsStart + placeholderContents.Length;
        var rangeStart = pdf.Length + written.IndexOf("/ByteRange[", signatureAt, StringComparison.Ordinal) + "/ByteRange".Length;
        var range = $"[0 {contentsStart} {contentsEnd} {signed.Length - contentsEnd}]";
        PdfSyntax.Bytes.GetBytes(range.PadRight(ByteRangeWidth)).CopyTo(signed, rangeStart);

        var covered = new byte[contentsStart + (signed.Length - contentsEnd)];
        Array.Copy(signed, 0, covered, 0, contentsStart);
        Array.Copy(signed, contentsEnd, covered, contentsStart, signed.Length - contentsEnd);
        var cms = CadesSignature.Sign(covered, request.Key.Certificate, request.Key.Chain, request.Key.PrivateKey);
        if (request.TimeStampServer is { } server) cms = TimeStamp.Add(cms, server, TimeSpan.FromSeconds(30));
        if (cms.Length > ContentsBytes) throw new FormatException($"chữ ký ({cms.Length} byte) lớn hơn chỗ dành cho nó ({ContentsBytes} byte)");
        PdfSyntax.Bytes.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, contentsStart + 1);
        return signed;
    }

    private sealed record Resources(Dictionary<PngImage, int> Images, int? Font);

    /// <summary>Each image once (its samples, and its alpha as a soft mask), and the font with the glyphs the text uses.</summary>
    private static Resources WriteResources(SignatureAppearance appearance, ref int next, List<(int Number, int Generation, string Text)> objects)
    {
        var images = new Dictionary<PngImage, int>(ReferenceEqualityComparer.Instance);
        foreach (var image in appearance.Widgets.SelectMany(w => w.Images))
        {
            if (images.ContainsKey(image)) continue;
            var number = next++;
            images[image] = number;
            var mask = "";
            if (image.Alpha is { } alpha)
            {
                var maskNumber = next++;
                objects.Add((maskNumber, 0, Stream($"/Type/XObject/Subtype/Image/Width {image.Width}/Height {image.Height}/ColorSpace/DeviceGray/BitsPerComponent 8", alpha)));
                mask = $"/SMask {maskNumber} 0 R";
            }
            objects.Add((number, 0, Stream($"/Type/XObject/Subtype/Image/Width {image.Width}/Height {image.Height}/ColorSpace/DeviceRGB/BitsPerComponent 8{mask}", image.Rgb)));
        }
        if (appearance.Font is not { } font || appearance.Glyphs.Count == 0) return new Resources(images, null);

        // A Type 0 font over a CIDFontType2 (ISO 32000-1, 9.7): two-byte codes that are glyph ids (Identity-H, Identity
        // CIDToGIDMap), the subset embedded (FontFile2) as PDF/A asks, its widths as the font has them, and a ToUnicode
        // map so that text extraction reads the characters back.
        var (type0, cid, descriptor, file, toUnicode) = (next++, next++, next++, next++, next++);
        var tag = SubsetTag(appearance.Glyphs.Keys);
        var baseFont = $"/{tag}+{font.PostScriptName}";
        var glyphs = appearance.Glyphs.Keys.Order().ToList();
        var widths = string.Join(" ", glyphs.Select(g => $"{g}[{font.Advance(g)}]"));
        objects.Add((type0, 0, $"<</Type/Font/Subtype/Type0/BaseFont{baseFont}/Encoding/Identity-H/DescendantFonts[{cid} 0 R]/ToUnicode {toUnicode} 0 R>>"));
        objects.Add((cid, 0, $"<</Type/Font/Subtype/CIDFontType2/BaseFont{baseFont}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>" +
                              $"/FontDescriptor {descriptor} 0 R/DW 1000/W[{widths}]/CIDToGIDMap/Identity>>"));
        int Scaled(int units) => (int)Math.Round(units * 1000.0 / font.UnitsPerEm);
        var bbox = font.BoundingBox;
        objects.Add((descriptor, 0, $"<</Type/FontDescriptor/FontName{baseFont}/Flags 34/FontBBox[{Scaled(bbox.XMin)} {Scaled(bbox.YMin)} {Scaled(bbox.XMax)} {Scaled(bbox.YMax)}]" +
                                     $"/ItalicAngle 0/Ascent {Scaled(font.Ascender)}/Descent {Scaled(font.Descender)}/CapHeight {Scaled(font.CapHeight)}/StemV 80/FontFile2 {file} 0 R>>"));
        var subset = font.Subset(glyphs);
        objects.Add((file, 0, Stream($"/Length1 {subset.Length}", subset)));
        objects.Add((toUnicode, 0, Stream("", PdfSyntax.Bytes.GetBytes(ToUnicode(appearance.Glyphs)))));
        return new Resources(images, type0);
    }

    /// <summary>A stream object, its data deflated.</summary>
    private static string Stream(string entries, byte[] data)
    {
        var deflated = Deflate(data);
        return $"<<{entries}/Filter/FlateDecode/Length {deflated.Length}>>\nstream\n{PdfSyntax.Bytes.GetString(deflated)}\nendstream";
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(data);
        return output.ToArray();
    }

    /// <summary>Six capitals named by the glyphs kept (ISO 32000-1, 9.6.4): the same subset, the same tag.</summary>
    private static string SubsetTag(IEnumerable<int> glyphs)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(",", glyphs.Order())));
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }

    private static string ToUnicode(IReadOnlyDictionary<int, int> glyphs)
    {
        var s = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>> def\n" +
                                  "/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        foreach (var chunk in glyphs.OrderBy(g => g.Key).Chunk(100))
        {
            s.Append($"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, codePoint) in chunk)
                s.Append($"<{glyph:X4}><{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)))}>\n");
            s.Append("endbfchar\n");
        }
        return s.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, as hex: Vietnamese needs more than PDFDocEncoding.</summary>
    internal static string TextString(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text.Normalize(NormalizationForm.FormC))) + ">";

    /// <summary>A PDF date (ISO 32000-1, 7.9.4) with its offset from UTC: "D:20261207184800+07'00'".</summary>
    internal static string DateString(DateTimeOffset time) =>
        $"(D:{time:yyyyMMddHHmmss}{(time.Offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(time.Offset.Hours):D2}'{Math.Abs(time.Offset.Minutes):D2}')";
}
