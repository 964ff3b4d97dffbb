using System.Globalization;
using System.Text.RegularExpressions;

namespace VanKien.Tests.Support;

/// <summary>
/// Every sample built to PDF by the product itself (<c>vankien build --format docx,pdf</c>), once
/// per test run, through a wrapper around soffice that records each start; read back with poppler.
/// </summary>
public sealed partial class PdfRendering
{
    private readonly Lazy<Rendered> _rendered = new(Render);

    private sealed record Rendered(string Output, IReadOnlyList<string> SofficeStarts);

    /// <summary>The PDF of a sample, by <see cref="Repo.SampleName"/>.</summary>
    public string Pdf(string sampleName) => Path.ChangeExtension(Docx(sampleName), ".pdf");

    public string Docx(string sampleName)
    {
        var source = Repo.SampleSources().Single(s => Repo.SampleName(s) == sampleName);
        return Path.Combine(_rendered.Value.Output, Path.ChangeExtension(Path.GetRelativePath(Repo.Samples, source), ".docx"));
    }

    public IReadOnlyList<string> SofficeStarts => _rendered.Value.SofficeStarts;

    public static int PageCount(string pdf) =>
        int.Parse(PagesLine().Match(ExternalTool.Run("pdfinfo", [pdf]).Output).Groups[1].Value, CultureInfo.InvariantCulture);

    public static string PageText(string pdf, int page) =>
        ExternalTool.Run("pdftotext", ["-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-"]).Output;

    /// <summary>All text, line by line as drawn (the default mode would join "2025-" and "2030" at a line end).</summary>
    public static string Text(string pdf) => ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]).Output;

    /// <summary>Width and height of each page, in points.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(string pdf)
    {
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", $"{PageCount(pdf)}", pdf]).Output;
        return PageSize().Matches(info).Select(m => (Number(m.Groups[1].Value), Number(m.Groups[2].Value))).ToList();
    }

    public sealed record Word(double XMin, double YMin, double XMax, double YMax, string Text);

    public sealed record Page(double Width, double Height, IReadOnlyList<Word> Words);

    /// <summary>Every word of every page with its box, in points from the top-left corner.</summary>
    public static IReadOnlyList<Page> Boxes(string pdf)
    {
        var html = ExternalTool.Run("pdftotext", ["-bbox", pdf, "-"]).Output;
        return PageBoxes().Matches(html).Select(p => new Page(Number(p.Groups[1].Value), Number(p.Groups[2].Value),
            WordBox().Matches(p.Groups[3].Value).Select(w => new Word(Number(w.Groups[1].Value), Number(w.Groups[2].Value),
                Number(w.Groups[3].Value), Number(w.Groups[4].Value), System.Net.WebUtility.HtmlDecode(w.Groups[5].Value))).ToList())).ToList();
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static Rendered Render()
    {
        var folder = Repo.NewTempFolder();
        var log = Path.Combine(folder, "soffice-starts.log");
        var real = ExternalTool.Find("soffice") ?? throw new InvalidOperationException("soffice is not installed (needed by this test)");
        var wrapper = Path.Combine(folder, "soffice-counting");
        File.WriteAllText(wrapper, $"#!/bin/sh\necho \"$$ $*\" >> '{log}'\nexec '{real}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", Repo.Samples, "-o", output, "--format", "docx,pdf", "--soffice", wrapper);
        Assert.True(build.ExitCode == 0, build.Error);
        return new Rendered(output, File.Exists(log) ? File.ReadAllLines(log) : []);
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"<page width=""([\d.]+)"" height=""([\d.]+)"">(.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageBoxes();

    [GeneratedRegex(@"<word xMin=""([\d.]+)"" yMin=""([\d.]+)"" xMax=""([\d.]+)"" yMax=""([\d.]+)"">([^<]*)</word>")]
    private static partial Regex WordBox();
}
