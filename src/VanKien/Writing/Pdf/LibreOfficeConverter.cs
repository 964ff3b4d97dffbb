using System.Diagnostics;

namespace VanKien.Writing.Pdf;

/// <summary>
/// DOCX to PDF through LibreOffice in headless mode — every document of a run in one soffice
/// process (one start costs ~0.9 s; each further document ~0.05 s), with a profile folder of its
/// own (concurrent runs sharing a profile fail silently). LibreOffice embeds the fonts it uses;
/// where Times New Roman is absent, fontconfig gives it the metric-compatible Liberation Serif.
/// Every PDF is PDF/A-2b: what offices archive and send signed, with every font embedded; bookmarks
/// become named destinations, so that a signature can be placed at the printed document's positions.
/// </summary>
public sealed class LibreOfficeConverter(string executable)
{
    public const string EnvironmentVariable = "VANKIEN_SOFFICE";

    public const string InstallHint =
        "cài LibreOffice (Debian/Ubuntu: 'sudo apt-get install libreoffice-writer-nogui fonts-liberation2'; Windows/macOS: libreoffice.org), " +
        $"hoặc chỉ đường dẫn bằng --soffice hay biến môi trường {EnvironmentVariable}";

    public string Executable => executable;

    /// <summary>LibreOffice's PDF export filter with its options as JSON (LibreOffice 7.4 and later): PDF/A-2b, bookmarks as destinations.</summary>
    public const string PdfFilter =
        "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"},\"ExportBookmarksToPDFDestination\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    /// <summary>The soffice to use: the option, else VANKIEN_SOFFICE, else soffice or libreoffice on PATH.</summary>
    public static LibreOfficeConverter? Find(string? explicitPath = null)
    {
        foreach (var candidate in new[] { explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable) })
            if (!string.IsNullOrWhiteSpace(candidate) && File.Exists(candidate)) return new LibreOfficeConverter(candidate);
        if (!string.IsNullOrWhiteSpace(explicitPath)) return null;

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        string[] names = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in names)
                if (File.Exists(Path.Combine(folder, name))) return new LibreOfficeConverter(Path.Combine(folder, name));
        return null;
    }

    public sealed record Result(bool Succeeded, string Log);

    /// <summary>Converts the files into <paramref name="outputFolder"/> (same names, .pdf) in one process.</summary>
    public Result Convert(IReadOnlyList<string> docxFiles, string outputFolder, TimeSpan timeout, CancellationToken cancellation = default)
    {
        if (docxFiles.Count == 0) return new Result(true, "");
        var profile = Path.Combine(Path.GetTempPath(), $"vankien-lo-{Guid.NewGuid():N}");
        try
        {
            var start = ProcessGroup.StartInfo(executable);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.UseShellExecute = false;
            foreach (var argument in (string[])["--headless", "--norestore", $"-env:UserInstallation={new Uri(profile).AbsoluteUri}",
                         "--convert-to", PdfFilter, "--outdir", outputFolder, .. docxFiles])
                start.ArgumentList.Add(argument);

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {executable}");
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            // Waits for the exit, the timeout or a stop (Ctrl-C, SIGTERM), whichever comes first.
            var exited = process.WaitForExitAsync(CancellationToken.None);
            var stopped = Task.Delay(Timeout.InfiniteTimeSpan, cancellation);
            var first = Task.WhenAny(exited, stopped, Task.Delay(timeout)).GetAwaiter().GetResult();
            if (first != exited)
            {
                ProcessGroup.Kill(process);
                return new Result(false, cancellation.IsCancellationRequested ? "đã dừng theo yêu cầu" : $"LibreOffice không xong trong {timeout.TotalSeconds:0} giây");
            }
            // A helper that outlives soffice may hold its output open: the log is not worth waiting for.
            if (!Task.WhenAll(output, error).Wait(TimeSpan.FromSeconds(10)))
                ProcessGroup.Kill(process);
            var log = ((output.IsCompletedSuccessfully ? output.Result : "") + (error.IsCompletedSuccessfully ? error.Result : "")).Trim();
            var missing = docxFiles.Where(d => !File.Exists(Path.Combine(outputFolder, Path.ChangeExtension(Path.GetFileName(d), ".pdf")))).ToList();
            return new Result(process.ExitCode == 0 && missing.Count == 0,
                missing.Count == 0 ? log : $"không có PDF cho {string.Join(", ", missing.Select(Path.GetFileName))}. {log}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new Result(false, $"không chạy được {executable}: {ex.Message}");
        }
        finally
        {
            try { if (Directory.Exists(profile)) Directory.Delete(profile, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
