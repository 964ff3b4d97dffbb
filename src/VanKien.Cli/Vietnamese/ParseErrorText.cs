using System.Text.RegularExpressions;

namespace VanKien.Cli.Vietnamese;

/// <summary>
/// System.CommandLine's parse errors in Vietnamese. The library ships no Vietnamese resources, so
/// each of its English messages (one per resource string it has) is recognised by its template
/// and written again in Vietnamese with the same values; a message not recognised is replaced by a
/// general one rather than shown in English.
/// </summary>
internal static class ParseErrorText
{
    private static readonly (Regex English, string Vietnamese)[] Messages = Build(
    [
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'. Did you mean one of the following?{3}", "Không hiểu giá trị '{0}' của tùy chọn '{1}'. Có phải ý bạn là một trong các giá trị sau?{3}"),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'. Did you mean one of the following?{3}", "Không hiểu đối số '{0}' của lệnh '{1}'. Có phải ý bạn là một trong các giá trị sau?{3}"),
        ("Cannot parse argument '{0}' for option '{1}' as expected type '{2}'.", "Không hiểu giá trị '{0}' của tùy chọn '{1}'."),
        ("Cannot parse argument '{0}' for command '{1}' as expected type '{2}'.", "Không hiểu đối số '{0}' của lệnh '{1}'."),
        ("Cannot parse argument '{0}' as expected type '{1}'.", "Không hiểu giá trị '{0}'."),
        ("Required argument missing for command: '{0}'.", "Lệnh '{0}' thiếu đối số bắt buộc."),
        ("Required argument missing for option: '{0}'.", "Tùy chọn '{0}' thiếu giá trị."),
        ("Option '{0}' expects a single argument but {1} were provided.", "Tùy chọn '{0}' nhận một giá trị, nhưng có {1}."),
        ("Option '{0}' is required.", "Thiếu tùy chọn bắt buộc '{0}'."),
        ("Required command was not provided.", "Thiếu tên lệnh."),
        ("Unrecognized command or argument '{0}'.", "Không hiểu lệnh hay đối số '{0}'."),
        ("Argument '{0}' not recognized. Must be one of:{1}", "Giá trị '{0}' không hợp lệ. Chỉ nhận một trong:{1}"),
        ("'{0}' was not matched. Did you mean one of the following?", "Không có '{0}'. Có phải ý bạn là một trong các lệnh sau?"),
        ("Directory does not exist: '{0}'.", "Không có thư mục '{0}'."),
        ("File does not exist: '{0}'.", "Không có tệp '{0}'."),
        ("File or directory does not exist: '{0}'.", "Không có tệp hay thư mục '{0}'."),
        ("Character not allowed in a file name: '{0}'.", "Tên tệp không được có ký tự '{0}'."),
        ("Character not allowed in a path: '{0}'.", "Đường dẫn không được có ký tự '{0}'."),
        ("Error reading response file '{0}': {1}", "Không đọc được tệp tham số '{0}': {1}"),
        ("Response file not found '{0}'.", "Không có tệp tham số '{0}'."),
        ("{0} option cannot be combined with other arguments.", "Tùy chọn {0} không dùng cùng các đối số khác."),
    ]);

    /// <summary>The message in Vietnamese; our own validators' messages (already Vietnamese) pass through.</summary>
    public static string Translate(string message)
    {
        foreach (var (english, vietnamese) in Messages)
        {
            var match = english.Match(message);
            if (!match.Success) continue;
            return Regex.Replace(vietnamese, @"\{([0-9])\}", m => match.Groups["a" + m.Groups[1].Value].Value);
        }
        return LooksEnglish(message) ? "Dòng lệnh không hợp lệ." : message;
    }

    /// <summary>A message of System.CommandLine's not in the table: ASCII letters only, no Vietnamese letter.</summary>
    private static bool LooksEnglish(string message) =>
        message.Any(char.IsAsciiLetter) && !message.Any(c => c > 127 && char.IsLetter(c));

    private static (Regex, string)[] Build((string English, string Vietnamese)[] table) =>
        [.. table.Select(t => (new Regex("^" + Regex.Replace(Regex.Escape(t.English), @"\\\{([0-9])}", m => $"(?<a{m.Groups[1].Value}>.*?)") + "$", RegexOptions.Singleline), t.Vietnamese))];
}
