using System.CommandLine;
using VanKien.Diagnostics;
using VanKien.Diagnostics.Formats;

namespace VanKien.Cli.Commands;

/// <summary>The options every command that reports diagnostics shares, and how it reports them.</summary>
internal sealed class ReportOptions
{
    private readonly Option<string> _format;

    private readonly Option<bool> _warningsAsErrors = new("--warnaserror") { Description = "Coi cảnh báo là lỗi (mã thoát 1)" };

    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "In cả gợi ý (info)" };

    /// <summary>The former spelling on check and import, still accepted with a notice: --format names outputs (build, report).</summary>
    private readonly string? _formerName;

    /// <summary>Infos print without --verbose: on a command whose findings are infos (a review's changes and comments).</summary>
    private readonly bool _infosByDefault;

    /// <param name="formerName">"--format" on the commands where it used to name the diagnostics' form.</param>
    /// <param name="infosByDefault">Print infos even without --verbose.</param>
    public ReportOptions(string? formerName = null, bool infosByDefault = false)
    {
        _formerName = formerName;
        _infosByDefault = infosByDefault;
        _format = new Option<string>("--diagnostics", formerName is null ? [] : [formerName])
        {
            Description = "Dạng in chẩn đoán: human (chữ cho người đọc, mặc định), json (cho chương trình), sarif (cho công cụ quét mã), github (chú thích trong GitHub Actions)",
            DefaultValueFactory = _ => "human",
        };
        _format.AcceptOnlyFromAmong("human", "json", "sarif", "github");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_format);
        command.Options.Add(_warningsAsErrors);
        command.Options.Add(_verbose);
    }

    public DiagnosticFormat Format(ParseResult result) => Enum.Parse<DiagnosticFormat>(result.GetValue(_format)!, ignoreCase: true);

    /// <summary>A notice on stderr when the former spelling was used (never on stdout, which a machine format owns).</summary>
    private void NoticeFormerName(ParseResult result, TextWriter error)
    {
        if (_formerName is not null && result.GetResult(_format)?.IdentifierToken?.Value == _formerName)
            error.WriteLine($"vankien: '{_formerName}' của lệnh này nay viết là '--diagnostics' ('{_formerName}' chỉ định dạng tệp kết quả ở build, report); cách viết cũ vẫn được nhận");
    }

    /// <summary>
    /// Prints the diagnostics (human text on stderr; machine formats on stdout) and returns the
    /// exit code: 1 when an error — or, with --warnaserror, a warning — was found.
    /// </summary>
    public int Report(ParseResult result, IReadOnlyList<Diagnostic> diagnostics, TextWriter output, TextWriter error, string summary, bool environmentProblem = false)
    {
        var format = Format(result);
        NoticeFormerName(result, error);
        var writer = DiagnosticWriters.For(format, VanKien.Building.DiagnosticExcerpts.LinesFor(diagnostics), includeInfo: _infosByDefault || result.GetValue(_verbose));
        writer.Write(diagnostics, format == DiagnosticFormat.Human ? error : output);
        if (format == DiagnosticFormat.Human) output.WriteLine(summary);

        var failing = diagnostics.Any(d => d.Severity == Severity.Error
            || (result.GetValue(_warningsAsErrors) && d.Severity == Severity.Warning));
        return environmentProblem ? ExitCodes.UsageOrEnvironment : failing ? ExitCodes.ErrorsFound : ExitCodes.Clean;
    }
}
