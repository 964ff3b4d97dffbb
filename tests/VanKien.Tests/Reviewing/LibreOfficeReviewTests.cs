using System.Text.Json;
using System.Text.Json.Nodes;
using VanKien.Tests.Support;

namespace VanKien.Tests.Reviewing;

/// <summary>
/// A DOCX reviewed in LibreOffice (headless, driven over UNO by <c>libreoffice-review.py</c>, with
/// change recording on) applies back to its source: LibreOffice's markup of tracked changes and
/// comments — no rsids, its own run splits — read as Word's is.
/// </summary>
[Trait("Speed", "Slow")]
public class LibreOfficeReviewTests
{
    [UnoFact]
    public void Changes_and_comments_made_in_libreoffice_apply_back_to_the_source_and_rebuild_to_the_edited_text()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        // A table for the reviewer to edit a cell of.
        File.AppendAllText(source, "\n\n| Việc | Thời gian |\n|---|---|\n| Rà soát hồ sơ đảng viên | Quý I hằng năm |\n");
        var work = Repo.NewTempFolder();
        var built = Path.Combine(work, "ban-dung.docx");
        File.WriteAllBytes(built, VanKien.Building.Compiler.Build(source).Docx!);

        var plan = Path.Combine(work, "sua.json");
        File.WriteAllText(plan, JsonSerializer.Serialize(new
        {
            edits = new object[]
            {
                new { find = "phấn đấu có năm đạt", replace = "phấn đấu có năm được công nhận" }, // a target sentence
                new { find = "xây dựng Chương trình hành động thực hiện", replace = "xây dựng và ban hành Chương trình hành động để thực hiện" }, // prose
                new { find = "Cụ thể hóa đầy đủ, kịp thời", replace = "Cụ thể hóa kịp thời" }, // words deleted in a list item
                new { find = "Phát huy dân chủ, trí tuệ tập thể", after = ", sức mạnh đoàn kết" }, // words inserted
                new { find = "Rà soát hồ sơ đảng viên", replace = "Rà soát toàn bộ hồ sơ đảng viên" }, // a table cell
                new { find = "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030", replace = "Triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030" }, // the summary line
            },
            comments = new object[]
            {
                new { on = "có năm được công nhận", text = "Ghi rõ năm nào." },
                new { on = "ban hành Chương trình hành động", text = "Nêu số và ngày của Nghị quyết." },
            },
        }));
        var reviewed = Path.Combine(work, "duyet.docx");
        var profile = Path.Combine(work, "lo-profile");
        var office = ExternalTool.Run(UnoFactAttribute.Python, [Path.Combine(Repo.Root, "tests", "VanKien.Tests", "Reviewing", "libreoffice-review.py"), built, reviewed, profile, plan], TimeSpan.FromMinutes(5));
        Assert.True(office.ExitCode == 0 && File.Exists(reviewed), office.Output + office.Error);

        var applied = VankienProcess.RunIn(samples, ["review", reviewed, "--source", source, "--apply", "--comments"]);
        Assert.True(applied.ExitCode == 0, applied.Output + applied.Error);
        var said = applied.Error.Split('\n');
        Assert.Equal(2, said.Count(l => l.Contains("ghi chú VK0802: Văn phòng: nhận xét về", StringComparison.Ordinal)));
        var text = File.ReadAllText(source);
        Assert.Contains("phấn đấu có năm được công nhận hoàn thành xuất sắc nhiệm vụ.\"  # nhận xét: Văn phòng: Ghi rõ năm nào.", text);
        Assert.Contains("xây dựng và ban hành Chương trình hành động để thực hiện", text);
        Assert.Contains("<!-- nhận xét: Văn phòng: Nêu số và ngày của Nghị quyết. -->", text);
        Assert.Contains("| Rà soát toàn bộ hồ sơ đảng viên | Quý I hằng năm |", text);
        Assert.Contains("trich-yeu: Triển khai Nghị quyết", text);

        // The rebuilt DOCX says what LibreOffice's document says with every change accepted, word for word (pandoc reads both).
        var rebuilt = Path.Combine(work, "dung-lai.docx");
        File.WriteAllBytes(rebuilt, VanKien.Building.Compiler.Build(source).Docx!);
        Assert.Equal(Words(reviewed), Words(rebuilt));
    }

    /// <summary>The words of a DOCX's body, changes accepted and comments left out, as pandoc reads them.</summary>
    private static List<string> Words(string docx)
    {
        var json = ExternalTool.Run("pandoc", ["--track-changes=accept", "-f", "docx", "-t", "json", docx]);
        Assert.True(json.ExitCode == 0, json.Error);
        var words = new List<string>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o when o["t"]?.GetValue<string>() == "Str":
                    // Pandoc keeps words joined by a no-break space in one Str; a reader sees them as words.
                    words.AddRange(o["c"]!.GetValue<string>().Split('\u00A0', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case JsonObject o:
                    foreach (var (_, child) in o) Walk(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Walk(child);
                    break;
            }
        }
        Walk(JsonNode.Parse(json.Output)!["blocks"]);
        return words;
    }
}
