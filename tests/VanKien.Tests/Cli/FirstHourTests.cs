using System.Text.RegularExpressions;
using VanKien.Model;
using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>
/// A new user's first hour: `new` without a parent gives a source of every kind whose only
/// diagnostics are its to-dos and that builds once they are filled; help and parse errors speak
/// Vietnamese only; an empty project says what to do next.
/// </summary>
public partial class FirstHourTests
{
    public static TheoryData<string, string> KindsAndStandards()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in DocumentKind.All) data.Add(kind.Key, "--dang");
        data.Add("ke-hoach", "--nha-nuoc");
        return data;
    }

    /// <summary>Fills every «…» the way an author would: the example it gives, or a plain value.</summary>
    private static string Fill(string source) => Placeholder().Replace(source, match =>
    {
        var text = match.Value[1..^1];
        var fixedValues = new Dictionary<string, string>
        {
            ["số"] = "01",
            ["trích yếu nội dung"] = "Về công tác năm 2026",
            ["Căn cứ …"] = "Căn cứ tình hình thực tế của đơn vị",
            ["tên nhóm chỉ tiêu"] = "Về xây dựng Đảng",
            ["họ và tên người ký"] = "Nguyễn Văn An",
            ["cơ quan"] = "Chi bộ",
        };
        if (fixedValues.TryGetValue(text, out var value)) return value;
        foreach (var lead in new[] { "ví dụ ", "dạng " })
            if (text.Contains(lead, StringComparison.Ordinal)) return text[(text.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..];
        return text;
    });

    [Theory]
    [MemberData(nameof(KindsAndStandards))]
    public void New_without_a_parent_gives_only_to_dos_then_builds_once_they_are_filled(string kind, string standard)
    {
        var folder = Repo.NewTempFolder();
        var path = Path.Combine(folder, $"{kind}.md");
        var created = CliRun.Run("new", kind, "-o", path, standard);
        Assert.True(created.ExitCode == 0, created.Error);
        var source = File.ReadAllText(path);
        Assert.Contains($"loai: {kind}", source);
        Assert.Equal(standard == "--nha-nuoc", source.Contains("the-thuc: nd30-2020"));

        var check = CliRun.Run("check", path);
        Assert.Equal(1, check.ExitCode);
        Assert.NotEmpty(check.DiagnosticLines);
        Assert.All(check.DiagnosticLines, l => Assert.Contains(" VK0012: ", l));
        Assert.Equal(Placeholder().Matches(source).Count, check.DiagnosticLines.Length);
        // Never printed as if real: no DOCX while a to-do is left.
        var output = Path.Combine(folder, "out");
        Assert.Equal(1, CliRun.Run("build", path, "-o", output).ExitCode);
        Assert.False(File.Exists(Path.Combine(output, $"{kind}.docx")));

        File.WriteAllText(path, Fill(source));
        var build = CliRun.Run("build", path, "-o", output);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Empty(build.DiagnosticLines);
        var docx = File.ReadAllBytes(Path.Combine(output, $"{kind}.docx"));
        Assert.Empty(Docx.ValidationErrors(docx));
        var text = string.Join('\n', Docx.ParagraphTexts(Docx.MainDocument(docx)));
        Assert.DoesNotContain("«", text);
        Assert.Contains("Nguyễn Văn An", text);
    }

    /// <summary>Words of System.CommandLine's English resources (its help headings, built-in options and parse errors).</summary>
    private static readonly string[] EnglishWords =
    [
        "usage", "options", "commands", "arguments", "description", "show", "help", "information", "version", "required",
        "unrecognized", "argument", "command", "option", "provided", "expected", "cannot", "parse", "did", "mean", "must",
        "recognized", "missing", "default", "additional", "type", "was", "not", "matched", "following", "the", "is",
    ];

    /// <summary>The English words left once option names, placeholders and quoted values are set aside.</summary>
    private static List<string> English(string text)
    {
        var prose = Regex.Replace(text, @"(?<![\p{L}])-{1,2}[\w-]+|<[^>]*>|'[^']*'|""[^""]*""|\S+\.(md|yaml|docx)|\S*[/\\]\S*", " ");
        return Regex.Matches(prose, @"\b[A-Za-z]+\b").Select(m => m.Value.ToLowerInvariant()).Where(EnglishWords.Contains).Distinct().ToList();
    }

    [Fact]
    public void Help_and_parse_errors_are_entirely_in_vietnamese_and_name_vankien()
    {
        var outputs = new List<(string What, string Text)>();
        var root = CliRun.Run("--help");
        Assert.Equal(0, root.ExitCode);
        outputs.Add(("--help", root.Output + root.Error));
        var commands = Regex.Matches(root.Output, @"^  ([a-z]+)  ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("build", commands);
        Assert.True(commands.Count >= 10, string.Join(", ", commands));
        foreach (var command in commands)
        {
            var help = CliRun.Run(command, "--help");
            Assert.True(help.ExitCode == 0, $"{command} --help: {help.Error}");
            Assert.Contains($"Cách dùng:\n  vankien {command}", help.Output.Replace("\r\n", "\n"));
            outputs.Add(($"{command} --help", help.Output + help.Error));
        }
        foreach (var args in new[] { ["build", "--khong-co-tuy-chon"], ["new"], ["lenh-khong-co"], ["report", "x.md", "--kind", "abc"], new[] { "build", "--format" } })
        {
            var result = CliRun.Run(args);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("vankien: ", result.Error);
            outputs.Add((string.Join(' ', args), result.Error));
        }
        foreach (var (what, text) in outputs)
            Assert.True(English(text).Count == 0, $"{what}: English words {string.Join(", ", English(text))} in:\n{text}");
    }

    [Fact]
    public void An_empty_project_or_a_folder_without_sources_says_what_to_do_next()
    {
        var folder = Repo.NewTempFolder();
        var empty = Path.Combine(folder, "trong");
        Directory.CreateDirectory(empty);
        // Nothing to check is not a failure: a CI step set up on the first day passes.
        var result = CliRun.Run("check", empty);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Chưa có văn bản nào để kiểm tra", result.Output);
        Assert.Contains("vankien new chuong-trinh-hanh-dong -o", result.Output);
        // Nothing to build is still one: the user named a folder that holds no source.
        var build = CliRun.Run("build", empty, "-o", Path.Combine(folder, "out"));
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("vankien new chuong-trinh-hanh-dong -o", build.Error);
    }

    [GeneratedRegex("«[^«»\n]*»")]
    private static partial Regex Placeholder();
}
