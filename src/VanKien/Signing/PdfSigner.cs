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

    public sealed record Request(SigningCertificate.Loaded Key, string Name, string Reason, string Location, DateTimeOffset Time);

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
        var fields = PdfSyntax.Array(PdfSyntax.Get(formEntries, "/Fields") ?? "[]");
        fields.Add($"{field} 0 R");
        PdfSyntax.Set(formEntries, "/Fields", "[" + string.Join(" ", fields) + "]");
        // SignaturesExist | AppendOnly: readers must save changes as updates, or the signatures break.
        PdfSyntax.Set(formEntries, "/SigFlags", "3");
        objects.Add((form, formGeneration, PdfSyntax.Write(formEntries)));

        var page = pages[^1];
        var (pageEntries, pageGeneration) = structure.Dictionary(page);
        var annotations = PdfSyntax.Get(pageEntries, "/Annots");
        if (PdfSyntax.Reference(annotations) is { } annotationsNumber)
        {
            var (array, generation) = structure.Value(annotationsNumber);
            var list = PdfSyntax.Array(array);
            list.Add($"{field} 0 R");
            objects.Add((annotationsNumber, generation, "[" + string.Join(" ", list) + "]"));
        }
        else
        {
            var list = annotations is null ? [] : PdfSyntax.Array(annotations);
            list.Add($"{field} 0 R");
            PdfSyntax.Set(pageEntries, "/Annots", "[" + string.Join(" ", list) + "]");
            objects.Add((page, pageGeneration, PdfSyntax.Write(pageEntries)));
        }

        objects.Add((field, 0,
            $"<</Type/Annot/Subtype/Widget/FT/Sig/T{TextString($"VanKien {fields.Count}")}/V {signature} 0 R/P {page} {pageGeneration} R/Rect[0 0 0 0]/F 132>>"));
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
        var contentsStart = pdf.Length + written.IndexOf("/Contents<", StringComparison.Ordinal) + "/Contents".Length;
        var contentsEnd = contentsStart + placeholderContents.Length;
        var rangeStart = pdf.Length + written.IndexOf("/ByteRange[", StringComparison.Ordinal) + "/ByteRange".Length;
        var range = $"[0 {contentsStart} {contentsEnd} {signed.Length - contentsEnd}]";
        PdfSyntax.Bytes.GetBytes(range.PadRight(ByteRangeWidth)).CopyTo(signed, rangeStart);

        var covered = new byte[contentsStart + (signed.Length - contentsEnd)];
        Array.Copy(signed, 0, covered, 0, contentsStart);
        Array.Copy(signed, contentsEnd, covered, contentsStart, signed.Length - contentsEnd);
        var cms = CadesSignature.Sign(covered, request.Key.Certificate, request.Key.Chain, request.Key.PrivateKey);
        if (cms.Length > ContentsBytes) throw new FormatException($"chữ ký ({cms.Length} byte) lớn hơn chỗ dành cho nó ({ContentsBytes} byte)");
        PdfSyntax.Bytes.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, contentsStart + 1);
        return signed;
    }

    /// <summary>A PDF text string in UTF-16BE with its byte order mark, as hex: Vietnamese needs more than PDFDocEncoding.</summary>
    internal static string TextString(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text.Normalize(NormalizationForm.FormC))) + ">";

    /// <summary>A PDF date (ISO 32000-1, 7.9.4) with its offset from UTC: "D:20261207184800+07'00'".</summary>
    internal static string DateString(DateTimeOffset time) =>
        $"(D:{time:yyyyMMddHHmmss}{(time.Offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(time.Offset.Hours):D2}'{Math.Abs(time.Offset.Minutes):D2}')";
}
