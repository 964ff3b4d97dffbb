using System.Text;
using VanKien.Diagnostics;
using VanKien.Text;

namespace VanKien.Reading;

/// <summary>
/// A source decoded strictly as UTF-8 (bad bytes are a diagnostic, never a silent U+FFFD), without
/// its byte-order mark, with "\n" line endings, in Unicode NFC.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(string path, byte[] bytes, ReaderLimits limits, DiagnosticBag diagnostics)
    {
        if (bytes.Length > limits.MaxSourceBytes)
        {
            diagnostics.Add(Rules.Limit, SourceLocation.StartOf(path),
                $"tệp nguồn lớn {VanKien.Text.VietnameseText.Number(bytes.Length)} byte, vượt giới hạn {VanKien.Text.VietnameseText.Number(limits.MaxSourceBytes)} byte");
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];

        string text;
        try
        {
            text = StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException ex)
        {
            var badOffset = Math.Max(0, ex.Index);
            diagnostics.Add(Rules.Encoding, LocationOfByte(path, span, badOffset),
                "tệp không phải UTF-8 hợp lệ", "lưu lại tệp với mã hóa UTF-8");
            return null;
        }

        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (FirstControlCharacter(text) is { } bad)
        {
            var before = text[..bad];
            var line = before.Count(c => c == '\n') + 1;
            var column = bad - (before.LastIndexOf('\n') + 1) + 1;
            diagnostics.Add(Rules.ControlCharacter, new SourceLocation(path, line, column),
                IsLineBreak(text[bad])
                    ? $"ký tự xuống dòng U+{(int)text[bad]:X4}: YAML đọc nó là xuống dòng còn Markdown và trình soạn thảo thì không, nên chữ hiện ra khác chữ được đọc"
                : IsInvisible(text[bad])
                    ? $"ký tự vô hình U+{(int)text[bad]:X4} (độ rộng 0 hoặc đảo chiều chữ): hai tên trông như nhau mà khác nhau, chữ hiện ra khác chữ được đọc"
                    : $"ký tự điều khiển U+{(int)text[bad]:X4} không được có trong văn bản (DOCX không chứa được nó)",
                "xóa ký tự này; nó thường lẫn vào khi dán từ tệp khác");
            return null;
        }
        ReportFirstNonNfcLine(path, text, diagnostics);
        return VietnameseText.Nfc(text);
    }

    /// <summary>
    /// The first character XML 1.0 cannot hold (C0 controls other than tab and line feed, U+FFFE,
    /// U+FFFF, lone surrogates), an invisible one, or a line break only some readers see (U+0085, U+2028, U+2029).
    /// </summary>
    public static int? FirstControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF') return i;
            if (IsInvisible(c) && !(c == '\uFEFF' && i == 0)) return i;
            if (IsLineBreak(c)) return i;
            // A lone surrogate (a YAML "\uD800" escape) is no character at all.
            if (char.IsHighSurrogate(c) && (i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))) return i;
            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) return i;
        }
        return null;
    }

    /// <summary>Next line and the Unicode line and paragraph separators: YAML 1.1 breaks a line at them, Markdown and most editors do not.</summary>
    public static bool IsLineBreak(char c) => c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>Zero-width characters and bidirectional controls: ids that differ by one look the same, and U+202E shows text reversed.</summary>
    public static bool IsInvisible(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\u061C';

    /// <summary>Decomposed text (macOS, some web forms) reads fine but compares badly: say where it starts.</summary>
    private static void ReportFirstNonNfcLine(string path, string text, DiagnosticBag diagnostics)
    {
        if (text.IsNormalized(NormalizationForm.FormC)) return;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IsNormalized(NormalizationForm.FormC)) continue;
            // Prefixes end between characters, never inside a surrogate pair (a half pair is no text to normalise).
            var line = lines[i];
            var column = Enumerable.Range(1, line.Length)
                .Where(n => n == line.Length || !char.IsLowSurrogate(line[n]))
                .First(n => !line[..n].IsNormalized(NormalizationForm.FormC));
            diagnostics.Add(Rules.NotNfc, new SourceLocation(path, i + 1, Math.Max(1, column - 1)),
                "văn bản ở dạng Unicode tổ hợp (NFD); trình biên dịch đã chuẩn hóa sang NFC",
                "lưu tệp ở dạng NFC (dựng sẵn) để tìm kiếm và so sánh không sai");
            return;
        }
    }

    /// <summary>Line and column of a byte offset, counting only the valid text before it.</summary>
    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        var line = before.Count((byte)'\n') + 1;
        var lineBytes = before[(lastNewline + 1)..];
        var column = Encoding.UTF8.GetCharCount(lineBytes) + 1;
        return new SourceLocation(path, line, column);
    }
}
