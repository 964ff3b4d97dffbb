using System.Text;
using VanKien.Diffing;
using VanKien.Diffing.Formats;
using VanKien.Tests.Support;

namespace VanKien.Tests.Diffing;

/// <summary>The semantic diff over pairs of sources: the exact list of changes.</summary>
public class DiffTests
{
    internal static string Fixture(string name) => Path.Combine(Repo.Fixtures, "diff", name);

    internal static DocumentDiff Diff(string older, string newer)
    {
        var result = DiffRunner.Compare(new DiffSide(older, Fixture(older), File.ReadAllBytes(Fixture(older))),
                                        new DiffSide(newer, Fixture(newer), File.ReadAllBytes(Fixture(newer))));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result.Diff!;
    }

    [Fact]
    public void A_revision_lists_targets_raised_lowered_added_dropped_reworded_and_reordered()
    {
        var diff = Diff("revision-old.md", "revision-new.md");
        Assert.Equal(
        [
            "Removed t-04: 100% đảng viên được học tập nghị quyết.",
            "Raised t-01: >= 90% → >= 95%",
            "Reworded t-01: «Hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ.» → «Hằng năm có 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.»",
            "Lowered t-02: < 5% → < 7%",
            "Reworded t-02: «Tỷ lệ trẻ suy dinh dưỡng dưới 5%.» → «Tỷ lệ trẻ suy dinh dưỡng dưới 7%.»",
            "Reworded t-03: «Kết nạp 01-02 đảng viên/nhiệm kỳ.» → «Phấn đấu kết nạp 01-02 đảng viên mới/nhiệm kỳ.»",
            "PeriodChanged t-07: hang-nam → nhiem-ky",
            "UnitChanged t-08: >= 3 chuyên đề → >= 3 lần: đơn vị 'lần' khác 'chuyên đề'",
            "Reworded t-08: «Sinh hoạt chuyên môn ít nhất 03 chuyên đề.» → «Sinh hoạt chuyên môn ít nhất 03 lần.»",
            "ParentChanged t-09: CT-01 (ap-dung) → CT-02 (ap-dung)",
            "Added t-10: 100% nhóm, lớp đạt tiêu chí lớp học an toàn.",
            "Moved t-05: vị trí 5 → 1",
        ], diff.Targets.Select(c => $"{c.Kind} {c.Id}: {c.Detail}"));

        Assert.Equal(
        [
            "so: 05-CTr/CB → 06-CTr/CB",
            "ngay: 01/10/2025 → 15/11/2025",
            "ky.ho-ten: Nguyễn Thị Lan → Trần Thị Mai",
            "noi-nhan: — → Đảng viên chi bộ (t/h)",
        ], diff.Frame.Select(c => $"{c.Field}: {c.Old ?? "—"} → {c.New ?? "—"}"));

        Assert.Equal(
        [
            "Changed [Mục đích, yêu cầu] - Cụ thể hóa {+đầy đủ +}Nghị quyết thành nhiệm vụ của chi bộ.",
            "Removed [Mục đích, yêu cầu] - Phân công rõ người, rõ việc.",
            "Added [Mục đích, yêu cầu] - Biểu dương kịp thời tập thể, cá nhân làm tốt.",
            "Changed [Tổ chức thực hiện] Chi ủy phân công đảng viên phụ trách từng chỉ tiêu, định kỳ [-6-]{+hằng+} [-tháng-]{+quý+} báo cáo Đảng ủy xã.",
            "Added [Tổ chức thực hiện] Tổ văn phòng | Bảo đảm cơ sở vật chất",
            "Changed [Tổ chức thực hiện] Tổ chuyên môn | Tổ chức hội thi giáo viên giỏi{+ cấp trường+}",
        ], diff.Prose.Select(Describe));
    }

    [Fact]
    public void Two_years_with_different_ids_are_matched_by_their_sentences_and_indicators()
    {
        var diff = Diff("nam-2025.md", "nam-2026.md");
        Assert.Equal(
        [
            "Removed n25-03",
            "Raised dv-htt: >= 85% → >= 90% (mã n25-01 → dv-htt)",
            "Reworded dv-htt",
            "Lowered tre-den-truong: > 88% → > 85% (mã n25-02 → tre-den-truong)",
            "Reworded tre-den-truong",
            "Raised xep-hang: top 20 của huyện → top 10 của huyện (mã n25-04 → xep-hang)",
            "Reworded xep-hang",
            "Added an-toan",
        ], diff.Targets.Select(c => c.Kind is TargetChangeKind.Raised or TargetChangeKind.Lowered ? $"{c.Kind} {c.Id}: {c.Detail}" : $"{c.Kind} {c.Id}"));
        Assert.Equal(["ngay", "trich-yeu"], diff.Frame.Select(f => f.Field));
        Assert.Empty(diff.Prose);
    }

    [Fact]
    public void A_section_moved_elsewhere_is_reported_as_moved_with_its_heading()
    {
        var older = File.ReadAllText(Fixture("revision-old.md"));
        var organisation = older[older.IndexOf("# Tổ chức thực hiện", StringComparison.Ordinal)..older.IndexOf("| Bộ phận", StringComparison.Ordinal)];
        var newer = older.Replace(organisation, "").Replace("# Mục tiêu", organisation + "# Mục tiêu");
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "a.md"), older);
        File.WriteAllText(Path.Combine(folder, "b.md"), newer);
        var diff = DiffRunner.Compare(new DiffSide("a.md", Path.Combine(folder, "a.md"), File.ReadAllBytes(Path.Combine(folder, "a.md"))),
                                      new DiffSide("b.md", Path.Combine(folder, "b.md"), File.ReadAllBytes(Path.Combine(folder, "b.md")))).Diff!;
        // Swapping two sections is one move either way; the diff names the shorter one ("Mục tiêu").
        var moved = Assert.Single(diff.Prose);
        Assert.Equal((ProseChangeKind.Moved, "Mục tiêu", true), (moved.Kind, moved.New, moved.IsHeading));
        Assert.Empty(diff.Targets);
    }

    [Theory]
    [InlineData("revision-old.md")]
    [InlineData("nam-2026.md")]
    public void A_document_against_itself_has_no_change_and_exits_0(string name)
    {
        Assert.True(Diff(name, name).IsEmpty);
        var result = CliRun.Run("diff", Fixture(name), Fixture(name), "--exit-code");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Không có thay đổi.", result.Output);
    }

    [Fact]
    public void A_changed_pair_exits_0_unless_exit_code_is_given()
    {
        Assert.Equal(0, CliRun.Run("diff", Fixture("revision-old.md"), Fixture("revision-new.md")).ExitCode);
        Assert.Equal(1, CliRun.Run("diff", Fixture("revision-old.md"), Fixture("revision-new.md"), "--exit-code").ExitCode);
    }

    [Fact]
    public void Text_output_is_plain_when_not_on_a_terminal()
    {
        var output = CliRun.Run("diff", Fixture("revision-old.md"), Fixture("revision-new.md")).Output;
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // culture-aware comparison would ignore the ESC
        Assert.Contains("  ↑ nâng t-01: >= 90% → >= 95%", output);
        Assert.Contains("\u001b[32m", new DiffTextWriter(color: true).Write(Diff("revision-old.md", "revision-new.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_is_a_pull_request_comment()
    {
        var markdown = CliRun.Run("diff", Fixture("revision-old.md"), Fixture("revision-new.md"), "--format", "markdown").Output;
        Assert.Contains("| ↑ | `t-01` | nâng | >= 90% → >= 95% |", markdown);
        Assert.Contains("| ↓ | `t-02` | hạ | \\< 5% → \\< 7% |", markdown); // "<" escaped: it could open HTML
        Assert.Contains("- `so`: ~~05-CTr/CB~~ **06-CTr/CB**", markdown);
        Assert.Contains("định kỳ ~~6~~ **hằng** ~~tháng~~ **quý** báo cáo", markdown);
    }

    [Fact]
    public void Json_output_carries_each_change()
    {
        using var json = System.Text.Json.JsonDocument.Parse(CliRun.Run("diff", Fixture("nam-2025.md"), Fixture("nam-2026.md"), "--format", "json").Output);
        var raised = json.RootElement.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("change").GetString() == "raised");
        Assert.Equal(("dv-htt", "n25-01", ">= 85%", ">= 90%"),
            (raised.GetProperty("id").GetString(), raised.GetProperty("oldId").GetString(), raised.GetProperty("oldValue").GetString(), raised.GetProperty("newValue").GetString()));
        Assert.True(json.RootElement.GetProperty("changed").GetBoolean());
    }

    [Fact]
    public void A_missing_side_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("diff", Fixture("khong-co.md"), Fixture("nam-2026.md")).ExitCode);

    [Fact]
    public void Vietnamese_words_stay_whole_in_the_word_diff()
    {
        var pieces = SequenceDiff.WordPieces("Tăng cường giáo dục chính trị", "Tăng cường giáo dục lý luận chính trị");
        Assert.Equal([(EditKind.Equal, "Tăng cường giáo dục "), (EditKind.Insert, "lý luận "), (EditKind.Equal, "chính trị")], pieces);
        var decomposed = SequenceDiff.WordPieces("Đảng ủy xã", "Đảng ủy xã".Normalize(NormalizationForm.FormD));
        Assert.Contains(decomposed, p => p.Kind != EditKind.Equal); // comparison is exact: the reader normalises first
    }

    private static string Describe(ProseChange change) => change.Kind switch
    {
        ProseChangeKind.Changed => $"Changed [{change.Section}] " + string.Concat(change.Words.Select(w => w.Kind switch
        {
            EditKind.Delete => $"[-{w.Text}-]",
            EditKind.Insert => $"{{+{w.Text}+}}",
            _ => w.Text,
        })),
        _ => $"{change.Kind} [{change.Section}] {change.Old ?? change.New}",
    };
}
