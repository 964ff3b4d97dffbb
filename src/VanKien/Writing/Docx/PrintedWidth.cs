namespace VanKien.Writing.Docx;

/// <summary>
/// How wide a line of text prints, estimated without a renderer: Times New Roman's advances for
/// digits, marks and capitals, and a lower-case average that covers Vietnamese letters with their
/// marks. The estimate errs wide, so what is sized by it fits in Word and in LibreOffice alike.
/// </summary>
internal static class PrintedWidth
{
    public static double Points(string text, double size, bool bold = false)
    {
        double em = 0;
        foreach (var c in text)
            em += c switch
            {
                >= '0' and <= '9' => 0.5,
                ',' or '.' or ' ' or '\u00A0' or ':' or ';' => 0.25,
                '%' => 0.833,
                '—' => 1.0,
                '–' or '-' => 0.5,
                _ when char.IsUpper(c) => 0.72,
                _ => 0.5,
            };
        return em * size * (bold ? 1.08 : 1.0);
    }
}
