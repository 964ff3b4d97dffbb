using System.CommandLine;
using VanKien.Output;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>--format</c> of the commands that write documents (build, report, site): the names come from the
/// table of output formats, so a format added there is offered, described and checked here unchanged.
/// </summary>
internal static class FormatOption
{
    /// <param name="purpose">What the files are for, opening the help line: "Tệp kết quả".</param>
    /// <param name="fromProject">The default is the project's <c>dinh-dang</c> (build), else DOCX.</param>
    public static Option<string> Create(string purpose, bool defaultDocx = false, bool fromProject = false)
    {
        var option = new Option<string>("--format")
        {
            Description = $"{purpose}, nhiều định dạng cách nhau dấu phẩy (mặc định: {(fromProject ? "'dinh-dang' của dự án, hoặc " : "")}{OutputFormats.Docx.Name}): "
                + string.Join("; ", OutputFormats.All.Select(f => $"{f.Name} — {f.Description}")),
        };
        if (defaultDocx) option.DefaultValueFactory = _ => OutputFormats.Docx.Name;
        option.Validators.Add(result =>
        {
            if (OutputFormats.Parse(result.GetValueOrDefault<string>() ?? "") is null)
                result.AddError(Refused);
        });
        return option;
    }

    /// <summary>What an unknown or empty choice is told: every name the table knows.</summary>
    public static string Refused => $"--format nhận một hay nhiều định dạng cách nhau dấu phẩy: {OutputFormats.NameList}";
}
