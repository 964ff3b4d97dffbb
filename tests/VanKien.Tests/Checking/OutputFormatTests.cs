using System.Text.Json;
using System.Text.RegularExpressions;
using VanKien.Diagnostics.Formats;
using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>The machine formats: SARIF 2.1.0 that validates, Actions annotations, JSON.</summary>
public class OutputFormatTests
{
    private static readonly string Broken = Path.Combine(Repo.Fixtures, "broken", "chuong-trinh-hanh-dong-loi.md");

    [SarifSchemaFact]
    public void Sarif_output_validates_against_the_SARIF_2_1_0_schema()
    {
        var result = CliRun.Run("check", Broken, "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        var file = Path.Combine(Repo.NewTempFolder(), "vankien.sarif");
        File.WriteAllText(file, result.Output);

        Assert.Empty(SarifSchema.Validate(file));

        using var log = JsonDocument.Parse(result.Output);
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(17, results.Count);
        var first = results[0];
        Assert.Equal("VK0301", first.GetProperty("ruleId").GetString());
        Assert.Equal("error", first.GetProperty("level").GetString());
        var region = first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((4, 1), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.All(results, r => Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]));
    }

    [SarifSchemaFact]
    public void The_schema_check_itself_rejects_an_invalid_log()
    {
        var file = Path.Combine(Repo.NewTempFolder(), "bad.sarif");
        File.WriteAllText(file, """{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"X"}},"results":[{"level":"fatal","message":{"text":"m"}}]}]}""");
        Assert.NotEmpty(SarifSchema.Validate(file));
    }

    [Fact]
    public void Github_output_follows_the_workflow_command_syntax()
    {
        var result = CliRun.Run("check", Broken, "--format", "github");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(17, lines.Length);
        var command = new Regex(@"^::(error|warning|notice) file=(?<file>[^,:]+),line=(?<line>\d+),col=(?<col>\d+),title=(?<title>[^,:]+)::(?<message>[^\r\n]+)$");
        Assert.All(lines, line => Assert.Matches(command, line));
        var first = command.Match(lines[0]);
        Assert.Equal(("error", "4", "1"), (first.Groups[1].Value, first.Groups["line"].Value, first.Groups["col"].Value));
        Assert.EndsWith("chuong-trinh-hanh-dong-loi.md", first.Groups["file"].Value);
        Assert.StartsWith("VK0301 ", first.Groups["title"].Value);
    }

    [Theory]
    [InlineData("50% a\nb\r", "50%25 a%0Ab%0D")]
    public void Github_messages_are_escaped(string text, string expected) =>
        Assert.Equal(expected, GithubDiagnosticWriter.Data(text));

    [Fact]
    public void Github_properties_escape_colons_and_commas() =>
        Assert.Equal("C%3A/a%2Cb.md", GithubDiagnosticWriter.Property("C:/a,b.md"));

    [Fact]
    public void Json_output_lists_every_diagnostic_with_its_place_and_the_counts()
    {
        var result = CliRun.Run("check", Broken, "--format", "json");
        using var json = JsonDocument.Parse(result.Output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(17, diagnostics.Count);
        var weaker = diagnostics.Single(d => d.GetProperty("rule").GetString() == "VK0220");
        Assert.Equal((27, 18), (weaker.GetProperty("line").GetInt32(), weaker.GetProperty("column").GetInt32()));
        Assert.EndsWith("nghi-quyet-dai-hoi-2025-2030.yaml", weaker.GetProperty("related").GetProperty("file").GetString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal((12, 5), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32()));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("check", Broken, "--format", "xml").ExitCode);
}
