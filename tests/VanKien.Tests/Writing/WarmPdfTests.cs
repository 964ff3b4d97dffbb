using System.Diagnostics;
using VanKien.Building;
using VanKien.Reading;
using VanKien.Tests.Support;
using VanKien.Writing.Pdf;

namespace VanKien.Tests.Writing;

/// <summary>
/// PDF from LibreOffices kept running (<see cref="PdfConverters"/>): the same PDF/A-2b text as the one-shot
/// <c>soffice --convert-to</c>; a LibreOffice killed under a document is started again and the run ends with
/// every PDF, or a located error for a document that kills it every time, nothing half-written; and
/// <c>build --watch --format docx,pdf</c> rewrites a saved source's PDF.
/// </summary>
[Trait("Speed", "Slow")]
public class WarmPdfTests
{
    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    /// <summary>Documents 1..n, each under its own number and with a word of its own in its body.</summary>
    private static List<SourceItem> Sources(string folder, int count)
    {
        var sources = new List<SourceItem>();
        for (var n = 1; n <= count; n++)
        {
            var path = Path.Combine(folder, $"van-ban-{n}.md");
            File.WriteAllText(path, Valid.Replace("so: 01-", $"so: {n:00}-", StringComparison.Ordinal)
                .Replace("nhiệm vụ của thôn.", $"nhiệm vụ của thôn số{n}.", StringComparison.Ordinal));
            sources.Add(new SourceItem(path, $"van-ban-{n}"));
        }
        return sources;
    }

    private static string Text(string pdf) => ExternalTool.Run("pdftotext", [pdf, "-"]).Output;

    [WarmPdfFact("soffice", "pdftotext", "pdfinfo")]
    public void The_warm_path_writes_the_same_text_as_the_one_shot_path_in_PDF_A_2b()
    {
        var folder = Repo.NewTempFolder();
        var sample = Repo.SampleSources().First(s => s.EndsWith("chuong-trinh-hanh-dong-2025-2030.md", StringComparison.Ordinal) && s.Contains("viet-hong", StringComparison.Ordinal));
        var built = ProjectBuilder.Build([new SourceItem(sample, "a")], new BuildOptions(folder));
        Assert.DoesNotContain(built.Diagnostics, d => d.Severity == VanKien.Diagnostics.Severity.Error);
        var docx = Path.Combine(folder, "a.docx");
        var converter = LibreOfficeConverter.Find()!;

        Directory.CreateDirectory(Path.Combine(folder, "one-shot"));
        Assert.True(converter.Convert([docx], Path.Combine(folder, "one-shot"), TimeSpan.FromMinutes(10)).Succeeded);
        using (var converters = new PdfConverters(converter))
        {
            var warm = converters.Convert(docx, Path.Combine(folder, "warm.pdf"), CancellationToken.None).GetAwaiter().GetResult();
            Assert.True(warm.Converted, warm.Reason);
            Assert.Null(converters.Unavailable);
        }

        var oneShotText = Text(Path.Combine(folder, "one-shot", "a.pdf"));
        var warmText = Text(Path.Combine(folder, "warm.pdf"));
        Assert.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG", warmText);
        Assert.Equal(oneShotText, warmText);
        // Both PDF/A-2b: what signing needs.
        foreach (var pdf in new[] { Path.Combine(folder, "one-shot", "a.pdf"), Path.Combine(folder, "warm.pdf") })
            Assert.Contains("<pdfaid:part>2</pdfaid:part>", ExternalTool.Run("pdfinfo", ["-meta", pdf]).Output);
    }

    [WarmPdfFact("soffice", "pdftotext", "pdfinfo")]
    public void LibreOffice_killed_under_a_document_is_started_again_and_every_document_gets_its_PDF()
    {
        var folder = Repo.NewTempFolder();
        var sources = Sources(folder, 5);
        var output = Path.Combine(folder, "out");
        var sent = 0;
        var converter = LibreOfficeConverter.Find()!;
        // The third document: LibreOffice is killed as it is sent, so that it dies under it.
        using var converters = new PdfConverters(converter, maxWorkers: 1)
        {
            BeforeRequestSent = (group, _) => { if (Interlocked.Increment(ref sent) == 3) KillLibreOffice(group); },
        };
        var summary = ProjectBuilder.Build(sources, new BuildOptions(output, [VanKien.Output.PdfFormat.Format]) { PdfConverters = converters, NoCache = true });

        Assert.True(converters.Starts >= 2, $"LibreOffice was started {converters.Starts} time(s)");
        Assert.Empty(summary.Diagnostics.Where(d => d.Severity == VanKien.Diagnostics.Severity.Error).Select(d => d.ToString()));
        for (var n = 1; n <= sources.Count; n++)
        {
            var pdf = Path.Combine(output, $"van-ban-{n}.pdf");
            Assert.True(File.Exists(pdf), $"no PDF for document {n}");
            Assert.Contains($"thôn số{n}.", Text(pdf));
        }
        // Nothing half-written beside them: no temporary file, no partial PDF.
        Assert.DoesNotContain(Directory.EnumerateFiles(output), f => !f.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [WarmPdfFact("soffice", "pdftotext")]
    public void A_document_under_which_LibreOffice_dies_every_time_is_a_located_error_and_the_others_get_their_PDFs()
    {
        var folder = Repo.NewTempFolder();
        var sources = Sources(folder, 3);
        var output = Path.Combine(folder, "out");
        var converter = LibreOfficeConverter.Find()!;
        // Document 2 is staged as 00001.docx: LibreOffice is killed whenever it takes it.
        using var converters = new PdfConverters(converter, maxWorkers: 1)
        {
            BeforeRequestSent = (group, docx) => { if (Path.GetFileName(docx) == "00001.docx") KillLibreOffice(group); },
        };
        var summary = ProjectBuilder.Build(sources, new BuildOptions(output, [VanKien.Output.PdfFormat.Format]) { PdfConverters = converters, NoCache = true, Parallel = false });

        var error = Assert.Single(summary.Diagnostics, d => d.Severity == VanKien.Diagnostics.Severity.Error);
        Assert.Equal("VK0903", error.Rule.Id);
        Assert.Equal(sources[1].Path, error.Location.File);
        Assert.Contains("LibreOffice", error.Message);
        Assert.False(File.Exists(Path.Combine(output, "van-ban-2.pdf")));
        Assert.Contains("thôn số1.", Text(Path.Combine(output, "van-ban-1.pdf")));
        Assert.Contains("thôn số3.", Text(Path.Combine(output, "van-ban-3.pdf")));
        Assert.Equal(1, summary.Failed);
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void Without_UNO_the_PDF_comes_the_one_shot_way_and_verbose_says_why()
    {
        var root = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(root, "a.md"), Valid);
        var start = VankienProcess.StartInfo(["build", "a.md", "-o", "out", "--format", "pdf", "--verbose"]);
        start.WorkingDirectory = root;
        start.Environment[WarmConverter.PythonVariable] = Path.Combine(root, "khong-co-python");
        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        build.WaitForExit();
        var text = output.Result + error.Result;

        Assert.True(build.ExitCode == 0, text);
        Assert.Contains("nhiệm vụ của thôn.", Text(Path.Combine(root, "out", "a.pdf")));
        Assert.Contains("VK0906", text);
        Assert.Contains("python3-uno", text);
        Assert.DoesNotContain("   at ", text);
    }

    [WarmPdfFact("soffice", "pdftotext")]
    public async Task Watch_with_pdf_rewrites_a_saved_sources_PDF()
    {
        var root = Path.Combine(Repo.NewTempFolder(), "du-an");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "vankien.yaml"), "dau-ra: out\n");
        var source = Path.Combine(root, "a.md");
        File.WriteAllText(source, Valid);
        var pdf = Path.Combine(root, "out", "a.pdf");
        var start = VankienProcess.StartInfo(["build", "--watch", "--format", "docx,pdf"]);
        start.WorkingDirectory = root;
        using var watch = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        watch.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        watch.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        string Log() { lock (log) return log.ToString(); }
        string PdfText() { try { return File.Exists(pdf) ? Text(pdf) : ""; } catch (InvalidOperationException) { return ""; } }
        async Task Until(Func<bool> condition, string what)
        {
            // A generous bound against a hang, not a measure.
            for (var waited = 0; !condition() && waited < 3000 && !watch.HasExited; waited++) await Task.Delay(100);
            Assert.True(condition(), $"{what}; the watch printed:\n{Log()}");
        }
        try
        {
            await Until(() => Log().Contains("Đang theo dõi", StringComparison.Ordinal) && PdfText().Contains("nhiệm vụ của thôn.", StringComparison.Ordinal), "the first PDF was not written");
            var warm = LibreOfficesOf(watch.Id);
            Assert.Single(warm);
            File.WriteAllText(source, Valid.Replace("nhiệm vụ của thôn.", "nhiệm vụ của thôn đã sửa.", StringComparison.Ordinal));
            await Until(() => PdfText().Contains("thôn đã sửa.", StringComparison.Ordinal), "the saved source's PDF was not rewritten");
            // By the LibreOffice the session started, still running: not one started for the save.
            Assert.Equal(warm, LibreOfficesOf(watch.Id));
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync();
        }
    }

    /// <summary>SIGKILL to the LibreOffice (soffice.bin) of a converter's process group, as a crash ends it; returns once it is gone.</summary>
    private static void KillLibreOffice(int group)
    {
        var offices = Processes().Where(p => p.Name == "soffice.bin" && p.Group == group).ToList();
        Assert.NotEmpty(offices);
        foreach (var (pid, _, _, _) in offices)
        {
            using var office = Process.GetProcessById(pid);
            office.Kill(); // SIGKILL
            office.WaitForExit();
        }
    }

    /// <summary>The LibreOffices (soffice.bin) in the process groups of the converter helpers <paramref name="parent"/> started.</summary>
    private static List<int> LibreOfficesOf(int parent)
    {
        var all = Processes();
        var helpers = all.Where(p => p.Parent == parent && p.Group == p.Pid).Select(p => p.Pid).ToHashSet();
        return all.Where(p => p.Name == "soffice.bin" && helpers.Contains(p.Group)).Select(p => p.Pid).Order().ToList();
    }

    /// <summary>Every process: pid, name, parent and process group, from /proc/*/stat.</summary>
    private static List<(int Pid, string Name, int Parent, int Group)> Processes()
    {
        var processes = new List<(int, string, int, int)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(folder, "stat")); }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }
            // pid (comm) state ppid pgrp …: comm may hold spaces, so the fields are read after its ')'.
            var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            processes.Add((pid, name, int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture)));
        }
        return processes;
    }
}
