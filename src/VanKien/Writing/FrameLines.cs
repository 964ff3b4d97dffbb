using VanKien.Model;

namespace VanKien.Writing;

/// <summary>
/// The frame's lines as they print, with the punctuation the standard has the compiler add (the
/// author writes none): every writer — DOCX, the site's HTML — prints these, so they say the same.
/// </summary>
internal static class FrameLines
{
    /// <summary>
    /// One căn cứ per line, each ending ";" — the last "," when the enacting sentence follows in a
    /// Party document, "." in a state one (FORMAT.md: NĐ 30 ends the căn cứ with a full stop).
    /// </summary>
    public static IReadOnlyList<string> Bases(Document document, bool stateStandard)
    {
        var bases = document.Frame.Bases;
        // The enacting words follow as a sentence ("Đại hội … quyết nghị:") or as a line of their own
        // printed without a number ("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:"): either way the last căn cứ ends ",".
        var enactingSentenceFollows = document.Body.FirstOrDefault() is Paragraph or Heading { Unnumbered: true };
        return [.. bases.Select((basis, i) => basis.Value + (i < bases.Count - 1 ? ";" : stateStandard ? "." : enactingSentenceFollows ? "," : ";"))];
    }

    /// <summary>Each recipient "- … ;", the last "- … .".</summary>
    public static IReadOnlyList<string> Recipients(Frame frame) =>
        [.. frame.Recipients.Select((r, i) => $"- {r.Value}{(i == frame.Recipients.Count - 1 ? "." : ";")}")];
}
