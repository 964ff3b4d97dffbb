using System.Diagnostics;
using System.Text;

namespace VanKien.Writing.Pdf;

/// <summary>
/// One LibreOffice kept running and fed DOCX files one at a time, so that each further PDF costs what
/// converting it costs (~65 ms for an 8-page program) and not LibreOffice's start (~1–4 s).
/// <para>
/// Why UNO through a Python helper (<c>uno-pdf.py</c>, embedded, written into the converter's profile folder and run from there): LibreOffice's
/// listener (<c>soffice --accept</c>) speaks only UNO's binary remote protocol, for which .NET on
/// Linux has no bridge (LibreOffice's CLI bridge is Windows and .NET Framework only, and reflection-bound:
/// no NativeAOT); writing that protocol here would be thousands of lines to maintain. A second
/// <c>soffice --convert-to</c> aimed at a running instance's profile is forwarded to it, but still
/// starts a process and loads libraries per document, and reports no per-document outcome. Python with
/// UNO is what LibreOffice itself ships on Windows and macOS, and Debian's <c>python3-uno</c> on Linux;
/// the helper is a hundred lines speaking a line protocol over its stdin and stdout, and calls the same
/// export filter with the same options (<see cref="LibreOfficeConverter.PdfFilter"/>) as the one-shot path.
/// </para>
/// The helper starts LibreOffice as its child, and is itself started as a process group leader
/// (<see cref="ProcessGroup"/>): ending the group ends both, whatever state either is in.
/// </summary>
internal sealed class WarmConverter : IDisposable
{
    public enum Outcome
    {
        Converted,
        /// <summary>LibreOffice answered, and could not convert this document.</summary>
        Failed,
        /// <summary>LibreOffice died, hung or was stopped under the document: this converter is finished.</summary>
        Died,
    }

    public const string PythonVariable = "VANKIEN_PYTHON";

    private readonly Process _helper;
    private readonly string _profile;
    private readonly StringBuilder _errors = new();
    private int _disposed;

    private readonly string _pipe;

    private WarmConverter(Process helper, string profile, string pipe)
    {
        _helper = helper;
        _profile = profile;
        _pipe = pipe;
    }

    /// <summary>The helper's process id, which is also its process group's (LibreOffice is in that group).</summary>
    public int ProcessGroupId => _helper.Id;

    /// <summary>A converter, or why there is none: Python without UNO (use the one-shot path) or a LibreOffice that did not start.</summary>
    public sealed record Started(WarmConverter? Converter, bool NoUno, string Reason);

    /// <summary>Starts the helper and its LibreOffice and waits until it answers (or the start fails, or <paramref name="cancellation"/>).</summary>
    public static Started Start(string soffice, CancellationToken cancellation)
    {
        if (Python(soffice) is not { } python)
            return new Started(null, NoUno: true, "không tìm thấy Python có UNO (Debian/Ubuntu: 'sudo apt-get install python3-uno')");
        var profile = Path.Combine(Path.GetTempPath(), $"vankien-lo-{Guid.NewGuid():N}");
        var pipe = $"vankien-{Guid.NewGuid():N}";
        var start = ProcessGroup.StartInfo(python);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        // The script goes into the profile's folder, which goes with the converter: a short command line for ps.
        var script = Path.Combine(profile, "uno-pdf.py");
        foreach (var argument in (string[])[script, soffice, profile, pipe, LibreOfficeConverter.PdfFilter])
            start.ArgumentList.Add(argument);
        Process helper;
        try
        {
            Directory.CreateDirectory(profile);
            File.WriteAllText(script, Script.Value);
            helper = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {python}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Started(null, NoUno: false, $"không ghi được vào thư mục tạm '{Path.GetTempPath()}': {ex.Message}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return new Started(null, NoUno: true, $"không chạy được {python}: {ex.Message}");
        }
        var converter = new WarmConverter(helper, profile, pipe);
        helper.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (converter._errors) converter._errors.AppendLine(e.Data);
        };
        helper.BeginErrorReadLine();
        var line = converter.ReadLine(TimeSpan.FromMinutes(3), cancellation);
        if (line == "ready") return new Started(converter, false, "");
        converter.Dispose();
        return line switch
        {
            null when cancellation.IsCancellationRequested => new Started(null, false, "đã dừng theo yêu cầu"),
            { } no when no.StartsWith("no-uno", StringComparison.Ordinal) => new Started(null, NoUno: true, $"{python} không có UNO ({no[6..].Trim()}; Debian/Ubuntu: 'sudo apt-get install python3-uno')"),
            { } not when not.StartsWith("not-started", StringComparison.Ordinal) => new Started(null, false, $"LibreOffice không khởi động được: {not[11..].Trim()}"),
            _ => new Started(null, false, $"LibreOffice không khởi động được: {converter.Errors()}"),
        };
    }

    /// <summary>Converts <paramref name="docx"/> to <paramref name="pdf"/> (written whole or not at all), within <paramref name="timeout"/>.</summary>
    /// <param name="beforeSent">Called just before the request is sent, with the process group and the DOCX: tests end LibreOffice there, so that it dies under the document.</param>
    public (Outcome Outcome, string Reason) Convert(string docx, string pdf, TimeSpan timeout, CancellationToken cancellation, Action<int, string>? beforeSent = null)
    {
        beforeSent?.Invoke(_helper.Id, docx);
        try
        {
            _helper.StandardInput.WriteLine($"{new Uri(Path.GetFullPath(docx)).AbsoluteUri} {new Uri(Path.GetFullPath(pdf)).AbsoluteUri}");
            _helper.StandardInput.Flush();
        }
        catch (IOException)
        {
            return (Outcome.Died, "LibreOffice đã dừng");
        }
        var line = ReadLine(timeout, cancellation);
        return line switch
        {
            "ok" => (Outcome.Converted, ""),
            { } error when error.StartsWith("error", StringComparison.Ordinal) => (Outcome.Failed, error[5..].Trim()),
            { } dead when dead.StartsWith("dead", StringComparison.Ordinal) => (Outcome.Died, $"LibreOffice đã dừng giữa chừng ({dead[4..].Trim()})"),
            null when cancellation.IsCancellationRequested => (Outcome.Died, "đã dừng theo yêu cầu"),
            null when !_helper.HasExited => (Outcome.Died, $"LibreOffice không xong trong {timeout.TotalSeconds:0} giây"),
            _ => (Outcome.Died, $"LibreOffice đã dừng giữa chừng {Errors()}".Trim()),
        };
    }

    /// <summary>The helper's next line; null at its end, at the time limit or at a stop (then the group is ended).</summary>
    private string? ReadLine(TimeSpan timeout, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        // A read pending on a pipe is not interrupted by its token everywhere (the native binary waited out
        // the whole timeout after a SIGTERM): ending the helper's process group closes its output, which ends the read.
        using var end = limit.Token.Register(() =>
        {
            // Called from whoever cancels (the Ctrl-C handler too): it must not throw there.
            try { ProcessGroup.Kill(_helper); }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        });
        try
        {
            var line = _helper.StandardOutput.ReadLineAsync(limit.Token).AsTask().GetAwaiter().GetResult();
            return limit.IsCancellationRequested ? null : line;
        }
        catch (OperationCanceledException)
        {
            ProcessGroup.Kill(_helper);
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string Errors()
    {
        lock (_errors) return _errors.ToString().Trim().Split('\n').LastOrDefault()?.Trim() ?? "";
    }

    /// <summary>Ends LibreOffice and the helper at once (nothing of theirs is worth keeping), and removes the profile.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        ProcessGroup.Kill(_helper);
        try { _helper.WaitForExit(TimeSpan.FromSeconds(5)); }
        catch (InvalidOperationException) { }
        _helper.Dispose();
        // A LibreOffice ended this way leaves its pipe's socket file behind (/tmp/OSL_PIPE_<uid>_<name>).
        foreach (var folder in new[] { Path.GetTempPath(), "/tmp" }.Distinct())
        {
            try
            {
                if (Directory.Exists(folder))
                    foreach (var socket in Directory.EnumerateFiles(folder, $"OSL_PIPE_*_{_pipe}")) File.Delete(socket);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        // LibreOffice may still be writing into its profile for a moment after the kill.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(_profile)) Directory.Delete(_profile, recursive: true);
                return;
            }
            catch (IOException) { Thread.Sleep(100); }
            catch (UnauthorizedAccessException) { return; }
        }
    }

    /// <summary>
    /// The Python to run the helper with: <c>VANKIEN_PYTHON</c> if set; else the one LibreOffice bundles
    /// beside soffice (Windows, macOS); else Debian's <c>/usr/bin/python3</c>, where <c>python3-uno</c>
    /// installs UNO (a <c>python3</c> earlier on PATH, pyenv's say, usually lacks it); else <c>python3</c> on PATH.
    /// Whether it has UNO is found out by starting the helper.
    /// </summary>
    private static string? Python(string soffice)
    {
        if (Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } chosen) return File.Exists(chosen) ? chosen : null;
        var program = Path.GetDirectoryName(Reading.SafeFile.RealPath(Path.GetFullPath(soffice))) ?? "";
        foreach (var candidate in (string[])[Path.Combine(program, OperatingSystem.IsWindows() ? "python.exe" : "python"), "/usr/bin/python3"])
            if (File.Exists(candidate)) return candidate;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "python.exe" : "python3"))
            .FirstOrDefault(File.Exists);
    }

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(WarmConverter).Assembly.GetManifestResourceStream("uno-pdf.py")
            ?? throw new InvalidOperationException("uno-pdf.py is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });
}
