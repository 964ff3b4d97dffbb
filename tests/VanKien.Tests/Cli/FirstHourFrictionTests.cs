using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>
/// The frictions a new user met in the first hour (issue 31, point 4), each as the user met it:
/// through the command line, in a fresh folder.
/// </summary>
public partial class FirstHourFrictionTests
{
    private static string Sample(string root) => Path.Combine(root, "samples", "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");

    [Fact]
    public void Human_diagnostics_name_their_severity_in_vietnamese_and_json_keeps_the_machine_words()
    {
        var root = Repo.CopyOfSamples();
        var path = Sample(root);
        var source = File.ReadAllText(path)
            .Replace("so: 05-CTr/CB", "so: 05 CTr CB", StringComparison.Ordinal)
            .Replace("# Mục đích, yêu cầu", "# Mục đích, yêu cầu\n\nPhân đấu hoàn thành.", StringComparison.Ordinal);
        File.WriteAllText(path, source);

        var human = CliRun.Run("check", path);
        Assert.Equal(1, human.ExitCode);
        Assert.Contains(human.ErrorLines, l => l.Contains(": lỗi VK0303: ", StringComparison.Ordinal));
        Assert.Contains(human.ErrorLines, l => l.Contains(": cảnh báo VK0401: ", StringComparison.Ordinal));
        Assert.DoesNotContain(human.ErrorLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @":\d+:\d+: (error|warning|info) VK"));

        var json = CliRun.Run("check", path, "--diagnostics", "json");
        Assert.Contains("\"severity\": \"error\"", json.Output.Replace("\":\"", "\": \""), StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", json.Output.Replace("\":\"", "\": \""), StringComparison.Ordinal);
    }

    /// <summary>A line of the sample's front matter replaced by another (1-based line number).</summary>
    private static string WithLine(string root, int line, string text)
    {
        var path = Sample(root);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = text;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    [Theory]
    [InlineData("trich-yeu: >= 85% kế hoạch", "'>'", 13)]
    [InlineData("trich-yeu: | Về công tác", "'|'", 13)]
    [InlineData("trich-yeu: *Về công tác", "'*'", 13)]
    [InlineData("trich-yeu: &Về công tác", "'&'", 13)]
    [InlineData("trich-yeu: !Về công tác", "'!'", 13)]
    [InlineData("trich-yeu: %Về công tác", "'%'", 13)]
    [InlineData("trich-yeu: @Về công tác", "'@'", 13)]
    [InlineData("trich-yeu: Về: công tác năm 2026", "dấu hai chấm", 13)]
    [InlineData("\ttrich-yeu: Về công tác", "tab", 13)]
    public void A_yaml_syntax_error_is_told_in_vietnamese_with_its_likely_cause(string line, string cause, int lineNumber)
    {
        var root = Repo.CopyOfSamples();
        var path = WithLine(root, lineNumber, line);
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.DiagnosticLines);
        Assert.StartsWith($"{path}:{lineNumber}:", diagnostic);
        Assert.Contains(" lỗi VK0001: ", diagnostic);
        Assert.Contains(cause, diagnostic);
        Assert.Contains("= gợi ý: ", result.Error);
        if (cause.StartsWith('\'')) Assert.Contains("\"", result.Error[result.Error.IndexOf("= gợi ý: ", StringComparison.Ordinal)..]);
        AssertNoYamlDotNetEnglish(result.Error);
    }

    /// <summary>The words YamlDotNet's messages are made of; none may reach the user.</summary>
    internal static void AssertNoYamlDotNetEnglish(string text)
    {
        foreach (var word in new[] { "While", "scanning", "parsing", "found", "expected", "character", "scalar", "anchor", "exists", "Operation", "mapping", "token" })
            Assert.False(text.Contains(word, StringComparison.OrdinalIgnoreCase), $"'{word}' in:\n{text}");
    }

    [Theory]
    [InlineData("trich-yeu: \"Về công tác", 13)]
    [InlineData("trich-yeu: [Về công tác", 13)]
    [InlineData("trich-yeu: {Về công tác", 13)]
    [InlineData(" ban-hanh: Chi bộ Trường Mầm non Việt Hồng", 10)]
    public void Other_yaml_syntax_errors_are_told_in_vietnamese_too(string line, int lineNumber)
    {
        var root = Repo.CopyOfSamples();
        var path = WithLine(root, lineNumber, line);
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.DiagnosticLines);
        Assert.Contains(" lỗi VK0001: YAML không hợp lệ: ", diagnostic);
        AssertNoYamlDotNetEnglish(result.Error);
    }

    [Fact]
    public void Init_writes_a_gitignore_that_keeps_outputs_and_caches_out_of_the_repository()
    {
        var folder = Repo.NewTempFolder();
        var init = VankienProcess.RunIn(folder, ["init"]);
        Assert.True(init.ExitCode == 0, init.Error);
        var ignore = File.ReadAllLines(Path.Combine(folder, ".gitignore"));
        Assert.Contains("out/", ignore);
        Assert.Contains("*.vankien-tam-*.tmp", ignore);
        // The schemas the modelines point at stay in the repository: only the cache is ignored.
        Assert.DoesNotContain(".vankien/", ignore);
        Assert.Contains(ignore, l => l.StartsWith('#') && l.Contains("vankien", StringComparison.Ordinal));
    }

    [ExternalToolFact("git")]
    public void Git_ignores_what_the_gitignore_of_init_names_and_keeps_the_sources()
    {
        var folder = Repo.NewTempFolder();
        Assert.Equal(0, VankienProcess.RunIn(folder, ["init"]).ExitCode);
        Directory.CreateDirectory(Path.Combine(folder, "out", ".vankien"));
        File.WriteAllText(Path.Combine(folder, "out", ".vankien", "cache.json"), "{}");
        File.WriteAllText(Path.Combine(folder, $".a.md.vankien-tam-1-{Guid.NewGuid():N}.tmp"), "");
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\n");
        ExternalTool.RunIn(folder, "git", ["init", "-q"]);
        var status = ExternalTool.RunIn(folder, "git", ["status", "--porcelain", "--untracked-files=all"]);
        Assert.Contains("a.md", status.Output);
        Assert.Contains(".vankien/du-an.schema.json", status.Output);
        Assert.DoesNotContain("cache.json", status.Output);
        Assert.DoesNotContain("vankien-tam", status.Output);
    }

    [Fact]
    public void Init_keeps_an_existing_gitignore()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, ".gitignore"), "rieng/\n");
        Assert.Equal(0, VankienProcess.RunIn(folder, ["init"]).ExitCode);
        var text = File.ReadAllText(Path.Combine(folder, ".gitignore"));
        Assert.StartsWith("rieng/\n", text);
        Assert.Contains("\nout/\n", text);
    }

    [Fact]
    public void Check_on_an_empty_project_is_clean_and_says_there_is_nothing_yet()
    {
        var folder = Repo.NewTempFolder();
        Assert.Equal(0, VankienProcess.RunIn(folder, ["init"]).ExitCode);
        var check = VankienProcess.RunIn(folder, ["check"]);
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Contains("Chưa có văn bản nào để kiểm tra", check.Output);
        Assert.Contains("vankien new chuong-trinh-hanh-dong -o", check.Output + check.Error);

        var json = VankienProcess.RunIn(folder, ["check", "--diagnostics", "json"]);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(json.Output).RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Theory]
    [InlineData("08/10/2025", "ngày 08 tháng 10 năm 2025")]
    [InlineData("8/10/2025", "ngày 08 tháng 10 năm 2025")]
    [InlineData("2025-10-08", "ngày 08 tháng 10 năm 2025")]
    public void A_date_is_read_as_day_month_year_or_year_month_day(string written, string printed)
    {
        var root = Repo.CopyOfSamples();
        var path = WithLine(root, 12, $"ngay: {written}");
        var output = Path.Combine(root, "out");
        var build = CliRun.Run("build", path, "-o", output);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Empty(build.DiagnosticLines);
        var docx = File.ReadAllBytes(Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Single());
        Assert.Contains(Docx.ParagraphTexts(Docx.MainDocument(docx)), p => p.Contains(printed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("31/02/2025", "ngày 31/02/2025 không tồn tại")]
    [InlineData("10/13/2025", "ngày 10/13/2025 không tồn tại")]
    [InlineData("08.10.2025", "không phải một ngày")]
    public void A_date_that_does_not_exist_or_is_not_a_date_is_refused_with_both_forms_in_the_hint(string written, string message)
    {
        var root = Repo.CopyOfSamples();
        var path = WithLine(root, 12, $"ngay: {written}");
        var check = CliRun.Run("check", path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.DiagnosticLines, l => l.StartsWith($"{path}:12:7: lỗi VK0005: ", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
        if (message == "không phải một ngày") Assert.Contains("01/10/2025", check.Error);
    }

    [System.Text.RegularExpressions.GeneratedRegex("«[^«»\n]*»")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();

    /// <summary>Fills every «…» as an author would: the example or form it gives, or its text.</summary>
    private static string Fill(string source) => Placeholder().Replace(source, match =>
    {
        var text = match.Value[1..^1];
        foreach (var lead in new[] { "dạng ", "ví dụ " })
            if (text.Contains(lead, StringComparison.Ordinal)) return text[(text.IndexOf(lead, StringComparison.Ordinal) + lead.Length)..];
        return text == "số" ? "02" : text == "họ và tên người ký" ? "Nguyễn Văn An" : text;
    });

    /// <summary>`new --parent` in a copy of the samples; the source it wrote, after checking that every place left to fill is a to-do `check` reports and no build prints.</summary>
    private static (string Path, string Source) NewChild(string kind, string parent, params string[] extra)
    {
        var root = Repo.CopyOfSamples();
        var samples = Path.Combine(root, "samples");
        var path = Path.Combine(samples, "moi", "van-ban.md");
        var created = CliRun.Run(["new", kind, "--parent", Path.Combine(samples, parent), "-o", path, .. extra]);
        Assert.True(created.ExitCode == 0, created.Error);
        var source = File.ReadAllText(path);
        // A comment names no to-do of its own: every «…» is a place in the document.
        Assert.DoesNotContain(source.Split('\n'), l => l.TrimStart().StartsWith('#') && l.Contains('«'));
        // Nothing is left as a bare "…" that check would take for text.
        Assert.DoesNotContain("…", Placeholder().Replace(source, ""));
        var check = CliRun.Run("check", path);
        Assert.Equal(1, check.ExitCode);
        Assert.All(check.DiagnosticLines, l => Assert.Contains(" VK0012: ", l));
        Assert.Equal(Placeholder().Matches(source).Count, check.DiagnosticLines.Length);
        var output = Path.Combine(root, "out");
        Assert.Equal(1, CliRun.Run("build", path, "-o", output).ExitCode);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Any());
        return (path, source);
    }

    /// <summary>The source filled, built; the DOCX's paragraphs.</summary>
    private static IReadOnlyList<string> FilledAndBuilt(string path, string source)
    {
        File.WriteAllText(path, Fill(source));
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
        var build = CliRun.Run("build", path, "-o", output);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Empty(build.DiagnosticLines);
        var docx = File.ReadAllBytes(Path.Combine(output, "van-ban.docx"));
        Assert.Empty(Docx.ValidationErrors(docx));
        var paragraphs = Docx.ParagraphTexts(Docx.MainDocument(docx));
        Assert.DoesNotContain(paragraphs, p => p.Contains('«') || p.Contains('…'));
        return paragraphs;
    }

    private static string Field(string source, string key) =>
        System.Text.RegularExpressions.Regex.Match(source, $@"(?m)^\s*{key}: (.*)$").Groups[1].Value;

    private static List<string> Recipients(string source) =>
        System.Text.RegularExpressions.Regex.Match(source, @"(?ms)^noi-nhan:\n(.*?)^\S").Groups[1].Value
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().TrimStart('-').Trim().Trim('"')).ToList();

    [Fact]
    public void New_with_a_congress_resolution_as_parent_addresses_the_party_organisation_and_leaves_the_rest_to_fill()
    {
        var (path, source) = NewChild("chuong-trinh-hanh-dong", "dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml", "--to-chuc", "chi-bo-truong-mam-non");
        Assert.Equal("\"Đảng bộ xã Hùng An\"", Field(source, "cap-tren"));
        Assert.Contains("«", Field(source, "ban-hanh"));
        Assert.Contains("«", Field(source, "ho-ten"));
        Assert.Contains("«", Field(source, "so"));
        // The date is the author's to give, not the day the scaffold was made.
        Assert.Contains("«", Field(source, "ngay"));
        Assert.DoesNotContain(DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source);
        // A congress is not a recipient: the cell reports to the committee of its Đảng bộ.
        var recipients = Recipients(source);
        Assert.DoesNotContain(recipients, r => r.Contains("Đại hội", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Đảng ủy xã Hùng An (b/c)", recipients);

        var paragraphs = FilledAndBuilt(path, source);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains("Nguyễn Văn An", StringComparison.Ordinal));
    }

    [Fact]
    public void New_with_a_state_body_as_parent_does_not_take_it_for_the_party_superior()
    {
        var (_, source) = NewChild("ke-hoach", "ubnd-xa-hung-an/ke-hoach-giao-duc-2026.md");
        Assert.Contains("«", Field(source, "cap-tren"));
        Assert.DoesNotContain("Ủy ban", Field(source, "cap-tren"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Recipients(source), r => r.Contains("Ủy ban", StringComparison.OrdinalIgnoreCase) && r.Contains("(b/c)", StringComparison.Ordinal));
    }

    [Fact]
    public void New_with_nha_nuoc_writes_the_state_form()
    {
        var (path, source) = NewChild("ke-hoach", "dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md", "--nha-nuoc", "--ban-hanh", "Ủy ban nhân dân xã Hùng An");
        Assert.Equal("nd30-2020", Field(source, "the-thuc").Trim('"'));
        Assert.Matches(@"^""?«số»/KH-UBND""?$", Field(source, "so"));
        Assert.Equal("", Field(source, "cap-tren"));
        Assert.DoesNotContain("T/M", source);
        Assert.DoesNotContain("BÍ THƯ", source);
        Assert.Contains("Lưu: VT", Recipients(source));

        var paragraphs = FilledAndBuilt(path, source);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.DoesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số: 02/KH-UBND", StringComparison.Ordinal));
    }

    /// <summary>Every command's help, as a user reads it.</summary>
    private static List<(string Command, string Text)> EveryHelp()
    {
        var root = CliRun.Run("--help");
        var commands = System.Text.RegularExpressions.Regex.Matches(root.Output, @"^  ([a-z]+)  ", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        return [("", root.Output), .. commands.Select(c => (c, CliRun.Run(c, "--help").Output))];
    }

    [Fact]
    public void Help_placeholders_and_terms_are_vietnamese()
    {
        foreach (var (command, text) in EveryHelp())
        {
            // A placeholder names what to give in the user's words: "<tệp-hoặc-thư-mục>", not "<paths>".
            foreach (System.Text.RegularExpressions.Match placeholder in System.Text.RegularExpressions.Regex.Matches(text, "<[^>]+>"))
                Assert.True(placeholder.Value.Any(c => c > 127), $"{command} --help: placeholder {placeholder.Value} is not Vietnamese:\n{text}");
            foreach (var english in new[] { "OLD", "NEW", "REV", "diff driver", "track changes" })
                Assert.False(text.Contains(english, StringComparison.Ordinal), $"{command} --help: '{english}' in:\n{text}");
            // Where an English name stays (an option's value, a term Word users meet), it is explained.
            foreach (var line in text.Split('\n').Where(l => l.Contains("human", StringComparison.Ordinal)))
                Assert.Contains("cho người đọc", line);
            foreach (var line in text.Split('\n').Where(l => l.Contains("sarif", StringComparison.Ordinal)))
                Assert.Contains("công cụ quét mã", line);
        }
        var diff = CliRun.Run("diff", "--help").Output;
        Assert.Contains(diff.Split('\n'), l => l.Contains("--redline", StringComparison.Ordinal) && l.Contains("theo dõi thay đổi", StringComparison.Ordinal));
    }

    [Fact]
    public void New_help_lists_every_kind_with_its_name()
    {
        var help = CliRun.Run("new", "--help").Output;
        foreach (var kind in VanKien.Model.DocumentKind.All)
        {
            Assert.Contains(kind.Key, help);
            Assert.Contains(kind.Title.ToLowerInvariant(), help.ToLowerInvariant());
        }
    }

    [Fact]
    public void Rollup_tells_two_programs_of_one_cell_apart()
    {
        // Next year's program beside this year's, as the tutorial makes it.
        var root = Repo.CopyOfSamples();
        var samples = Path.Combine(root, "samples");
        var program = Sample(root);
        var next = Path.Combine(Path.GetDirectoryName(program)!, "chuong-trinh-hanh-dong-2026.md");
        File.WriteAllText(next, File.ReadAllText(program).Replace("so: 05-CTr/CB", "so: 09-CTr/CB").Replace("ngay: 2025-10-01", "ngay: 2026-10-01"));
        var run = CliRun.Run("rollup", Path.Combine(samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"), samples, "--nam", "2027");
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var header = run.Output.Split('\n').First(l => l.StartsWith("Chỉ tiêu", StringComparison.Ordinal));
        Assert.Contains("Chi bộ Trường Mầm non Việt Hồng (2025)", header);
        Assert.Contains("Chi bộ Trường Mầm non Việt Hồng (2026)", header);
        // A cell with one program keeps its plain name.
        Assert.Contains("Chi bộ Trường Tiểu học Hùng An  ", header + "  ");
    }

    [Fact]
    public void The_resolution_frame_names_the_congress_in_text_and_has_one_heading_per_section()
    {
        var path = Path.Combine(Repo.NewTempFolder(), "nghi-quyet.md");
        Assert.Equal(0, CliRun.Run("new", "nghi-quyet", "-o", path).ExitCode);
        var source = File.ReadAllText(path);
        // The Đảng bộ heads it; its congress is how the text names the issuer (and who signs, T/M ĐẠI HỘI).
        Assert.Contains("ví dụ Đảng bộ xã Hùng An", Field(source, "ban-hanh"));
        Assert.Contains("ví dụ Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I", Field(source, "ten-goi"));
        var headings = source.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).ToList();
        Assert.Single(headings, h => h.Contains("iải pháp", StringComparison.Ordinal));
        Assert.Equal(headings.Count, headings.Distinct().Count());

        var filled = Fill(source);
        File.WriteAllText(path, filled);
        var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
        var build = CliRun.Run("build", path, "-o", output);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.Empty(build.DiagnosticLines);
    }
}
