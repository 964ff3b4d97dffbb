using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Every entry of the bad-input catalogue gives its diagnostic — exact rule, severity, line and
/// column — as the first of the command's diagnostics, no stack trace, and no file written on error.
/// </summary>
public class BadInputCatalogueTests
{
    public static TheoryData<string> Names => [.. BadInputCatalogue.All.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_bad_input_gives_its_diagnostic_at_its_place(string name)
    {
        var entry = BadInputCatalogue.All.Single(e => e.Name == name);
        var project = Path.Combine(Repo.NewTempFolder(), "du-an");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "vankien.yaml"), "mau: templates\n");
        var source = entry.Make(project);
        var output = Path.Combine(project, "out");

        string[] args = entry.Command == "build" ? ["build", source, "-o", output] : ["check", source];
        if (entry.Template is not null) args = [.. args, "--template", entry.Template];
        var result = CliRun.Run(args);

        Assert.DoesNotContain("   at ", result.Error); // never a stack trace
        Assert.DoesNotContain("Exception", result.Error);
        if (entry.Rule is null)
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Empty(result.DiagnosticLines);
            return;
        }

        var diagnostic = result.DiagnosticLines.FirstOrDefault(l => l.Contains($" {entry.Rule}: ", StringComparison.Ordinal));
        Assert.True(diagnostic is not null, $"no {entry.Rule} in:\n{result.Error}");
        var where = entry.Rule == "VK0501" && entry.Template is null
            ? Path.Combine(project, "templates", "chuong-trinh-hanh-dong", "reference.docx")
            : entry.Template ?? source;
        Assert.StartsWith($"{where}:{entry.Line}:{entry.Column}: {VanKien.Diagnostics.Formats.DiagnosticWriters.HumanSeverityWord(Enum.Parse<VanKien.Diagnostics.Severity>(entry.Severity, ignoreCase: true))} {entry.Rule}: ", diagnostic);
        if (entry.Message is not null) Assert.Contains(entry.Message, result.Error, StringComparison.Ordinal);
        // The one diagnostic the input deserves, not a cascade.
        Assert.Single(result.DiagnosticLines);
        Assert.Equal(entry.Severity == "error" ? 1 : 0, result.ExitCode);
        if (entry.Severity == "error")
            Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Any(), "an output was written for a source with errors");
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_build_the_same_document_as_the_plain_source()
    {
        var folder = Repo.NewTempFolder();
        var plain = Path.Combine(folder, "plain", "van-ban.md");
        Directory.CreateDirectory(Path.GetDirectoryName(plain)!);
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), plain);
        var variants = new[] { "byte-order-mark", "crlf-line-endings" }.Select(name =>
        {
            var sub = Path.Combine(folder, name);
            Directory.CreateDirectory(sub);
            var made = BadInputCatalogue.All.Single(e => e.Name == name).Make(sub);
            var path = Path.Combine(sub, "van-ban.md");
            File.Move(made, path);
            return path;
        }).ToList();

        byte[] Build(string path)
        {
            var output = Path.Combine(Path.GetDirectoryName(path)!, "out");
            Assert.Equal(0, CliRun.Run("build", path, "-o", output).ExitCode);
            return File.ReadAllBytes(Path.Combine(output, "van-ban.docx"));
        }

        var expected = Build(plain);
        foreach (var variant in variants) Assert.Equal(expected, Build(variant));
    }
}
