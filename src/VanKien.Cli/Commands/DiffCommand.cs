using System.CommandLine;
using VanKien.Building;
using VanKien.Diffing;
using VanKien.Diffing.Formats;

namespace VanKien.Cli.Commands;

internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool colorAllowed)
    {
        var sides = new Argument<string[]>("sides")
        {
            Arity = new ArgumentArity(0, 2),
            Description = "Bản cũ và bản mới: hai tệp, hoặc PHIÊN-BẢN:đường-dẫn lấy từ git (ví dụ HEAD~1:chuong-trinh.md). Một đối số: bản đã lưu trong git (HEAD) với tệp hiện tại; không đối số: mọi văn bản đổi so với HEAD",
        };
        var format = new Option<string>("--format") { Description = "Dạng in: text (chữ thường, mặc định), markdown (để dán vào trang web, GitHub), json (cho chương trình)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var redline = new Option<string?>("--redline") { Description = "Ghi bản so sánh (redline) ra tệp DOCX: bản mới, mọi chỗ khác bản cũ hiện thành sửa đổi được theo dõi (theo dõi thay đổi của Word) để người duyệt xem" };
        var exitCode = new Option<bool>("--exit-code") { Description = "Mã thoát 1 khi có thay đổi (như git diff --exit-code)" };
        var author = new Option<string>("--author") { Description = "Tên người sửa ghi ở các thay đổi trong bản so sánh (redline)", DefaultValueFactory = _ => "VanKien" };
        var command = new Command("diff", "So sánh hai bản: chỉ tiêu nâng, hạ, thêm, bỏ; khung văn bản; nội dung") { sides, format, redline, exitCode, author };
        command.SetAction(result =>
        {
            var cwd = Directory.GetCurrentDirectory();
            List<(string Old, string New)> pairs;
            try
            {
                pairs = Pairs(result.GetValue(sides) ?? [], cwd);
            }
            catch (GitRepository.GitException ex)
            {
                error.WriteLine($"vankien: {ex.Message}");
                return ExitCodes.UsageOrEnvironment;
            }
            if (result.GetValue(redline) is not null && pairs.Count != 1)
            {
                error.WriteLine("vankien: --redline cần đúng một cặp văn bản");
                return ExitCodes.UsageOrEnvironment;
            }

            var changed = false;
            foreach (var (oldArgument, newArgument) in pairs)
            {
                if (Side(oldArgument, cwd, error, out var exit) is not { } older) return exit;
                if (Side(newArgument, cwd, error, out exit) is not { } newer) return exit;
                var compared = DiffRunner.Compare(older, newer);
                foreach (var d in compared.Diagnostics) error.WriteLine(d);
                if (compared.Diff is not { } diff) return ExitCodes.ErrorsFound;
                changed |= !diff.IsEmpty;

                output.Write(result.GetValue(format) switch
                {
                    "markdown" => DiffMarkdownWriter.Write(diff),
                    "json" => DiffJsonWriter.Write(diff) + "\n",
                    _ => new DiffTextWriter(colorAllowed).Write(diff),
                });
                if (result.GetValue(redline) is { } target)
                {
                    if (OutputGate.File(target, ".docx", [older.Path, newer.Path]) is { } refused) return Refusal.Print(error, target, refused);
                    if (!OutputWrite.Done(error, target, DiffRunner.Redline(compared.Old!, compared.New!, result.GetValue(author)!))) return ExitCodes.ErrorsFound;
                }
            }
            return changed && result.GetValue(exitCode) ? ExitCodes.ErrorsFound : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>One side read, or null with the exit code after a message: a refused file is located at its path.</summary>
    private static DiffSide? Side(string argument, string cwd, TextWriter error, out int exit)
    {
        exit = ExitCodes.Clean;
        try
        {
            return DiffSide.Read(argument, cwd);
        }
        catch (Exception ex) when (ex is FileNotFoundException or GitRepository.GitException)
        {
            error.WriteLine($"vankien: {ex.Message}");
            exit = ExitCodes.UsageOrEnvironment;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(VanKien.Diagnostics.Diagnostic.Of(VanKien.Diagnostics.Rules.Io, VanKien.Diagnostics.SourceLocation.StartOf(argument), ex.Message));
            exit = ExitCodes.ErrorsFound;
        }
        return null;
    }

    /// <summary>Two sides as given; one: HEAD against the working tree; none: every changed source against HEAD.</summary>
    private static List<(string Old, string New)> Pairs(string[] arguments, string cwd)
    {
        switch (arguments.Length)
        {
            case 2:
                return [(arguments[0], arguments[1])];
            case 1:
                var top = GitRepository.TopFolder(cwd);
                var relative = Path.GetRelativePath(top, Path.GetFullPath(arguments[0], cwd)).Replace('\\', '/');
                return [($"HEAD:{relative}", arguments[0])];
            default:
                var root = GitRepository.TopFolder(cwd);
                return GitRepository.ChangedSources(cwd, "HEAD")
                    .Select(path => ($"HEAD:{path}", Path.GetRelativePath(cwd, Path.Combine(root, path))))
                    .ToList();
        }
    }
}
