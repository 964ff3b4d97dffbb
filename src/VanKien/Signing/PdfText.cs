using System.Text;

namespace VanKien.Signing;

/// <summary>
/// PDF text strings (ISO 32000-1, 7.9.2) read back: literal "(…)" with its escapes, or hex "&lt;…&gt;";
/// UTF-16BE after a byte order mark, else PDFDocEncoding (read as Latin-1, which it matches for letters).
/// </summary>
internal static class PdfText
{
    public static string Decode(string value)
    {
        var text = value.Trim();
        byte[] bytes;
        if (text.StartsWith('(') && text.EndsWith(')')) bytes = Literal(text[1..^1]);
        else if (text.StartsWith('<') && text.EndsWith('>'))
        {
            var hex = new string(text[1..^1].Where(Uri.IsHexDigit).ToArray());
            bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        }
        else return text;
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.Latin1.GetString(bytes);
    }

    private static byte[] Literal(string inner)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c != '\\' || i + 1 >= inner.Length) { bytes.Add((byte)c); continue; }
            var next = inner[++i];
            switch (next)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'b': bytes.Add((byte)'\b'); break;
                case 'f': bytes.Add((byte)'\f'); break;
                case '\r':
                    if (i + 1 < inner.Length && inner[i + 1] == '\n') i++;
                    break;
                case '\n': break;
                case >= '0' and <= '7':
                    var octal = 0;
                    var digits = 0;
                    for (; digits < 3 && i < inner.Length && inner[i] is >= '0' and <= '7'; digits++, i++) octal = octal * 8 + (inner[i] - '0');
                    i--;
                    bytes.Add((byte)octal);
                    break;
                default: bytes.Add((byte)next); break;
            }
        }
        return bytes.ToArray();
    }
}
