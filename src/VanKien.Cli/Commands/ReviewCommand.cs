using System.CommandLine;
using VanKien.Reviewing;

namespace VanKien.Cli.Commands;

/// <summary><c>vankien review REVIEWED.docx [--source FILE]</c>: a reviewer's tracked changes and comments, placed in the source.</summary>
internal static class ReviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var reviewed = new Argument<string>("reviewed") { Description = "Bản DOCX người duyệt gửi lại, có sửa đổi được theo dõi (theo dõi thay đổi của Word) và nhận xét" };
        var source = new Option<string?>("--source") { Description = "Tệp nguồn của bản đó (mặc định: nguồn trong dự án mà thuộc tính của DOCX chỉ tới, có cùng số văn bản; không bao giờ là tệp ngoài dự án)" };
        var apply = new Option<bool>("--apply") { Description = "Ghi mọi đề nghị sửa vào nguồn (không ghi gì nếu có đề nghị không gắn được)" };
        var keepComments = new Option<bool>("--comments") { Description = "Cùng --apply: giữ mỗi nhận xét trong nguồn, thành chú thích bên dòng của nó" };
        var report = new ReportOptions(infosByDefault: true);
        var command = new Command("review", "Đọc các đề nghị sửa và nhận xét của người duyệt trong DOCX, chỉ ra chỗ của chúng trong nguồn") { reviewed, source, apply, keepComments };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var run = ReviewRun.Run(new ReviewRun.Request(result.GetValue(reviewed)!, result.GetValue(source), Apply: result.GetValue(apply), Comments: result.GetValue(keepComments)));
            var written = run.Applied ? " Đã ghi các đề nghị sửa vào nguồn." : result.GetValue(apply) ? " Không ghi gì vào nguồn." : "";
            return report.Report(result, run.Diagnostics, output, error,
                $"{run.Changes} đề nghị sửa, {run.Comments} nhận xét, {run.Conflicts} không gắn được với nguồn{(run.SourcePath is { } path ? $" ({path})" : "")}.{written}");
        });
        return command;
    }
}
