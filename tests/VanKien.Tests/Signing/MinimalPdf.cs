using System.Text;

namespace VanKien.Tests.Signing;

/// <summary>
/// A one-page PDF written here, with a classic cross-reference table as LibreOffice writes it: what
/// signing needs to read, without LibreOffice. Its text has a string with "&gt;&gt;" and ")" in it, which a
/// reader that splits dictionaries carelessly would cut.
/// </summary>
internal static class MinimalPdf
{
    public const string Places = "/Dests<</VanKienChucVu[3 0 R/XYZ 424 369.6 0]/VanKienChuKy[3 0 R/XYZ 424 353.5 0]/VanKienHoTen[3 0 R/XYZ 424 268.4 0]>>";

    public static byte[] Create(string extraCatalog = "", bool vanKienPlaces = true)
    {
        if (vanKienPlaces) extraCatalog += Places;
        const string content = "BT /F1 12 Tf 72 720 Td (a >> b \\) c) Tj ET";
        var objects = new[]
        {
            $"<</Type/Catalog/Pages 2 0 R/Lang(vi-VN){extraCatalog}>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<<>>>>",
            $"<</Length {content.Length}>>\nstream\n{content}\nendstream",
            "<</Title(Ch\\(ương\\) >> trình)/Producer(VanKien)>>",
        };
        var text = new StringBuilder("%PDF-1.6\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(text.ToString()));
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(text.ToString());
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f\r\n");
        foreach (var offset in offsets) text.Append($"{offset:D10} 00000 n\r\n");
        text.Append($"trailer\n<</Size {objects.Length + 1}/Root 1 0 R/Info 5 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
