using VanKien.Diffing;
using VanKien.Diffing.Formats;
using VanKien.Tests.Support;

namespace VanKien.Tests.Diffing;

/// <summary>
/// Renames and moves between revisions: a group renamed or reordered as a whole moves none of its
/// targets; an id renamed is a change of its own, with the children whose links it breaks; a moved
/// paragraph or heading names where it went, without markup and without the same place twice.
/// </summary>
public class RenameAndMoveTests
{
    private static string Older => File.ReadAllText(DiffTests.Fixture("revision-old.md"));

    private static (DocumentDiff Diff, string Folder) Between(string older, string newer, params (string Name, string Text)[] others)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "cu.md"), older);
        File.WriteAllText(Path.Combine(folder, "chuong-trinh.md"), newer);
        foreach (var (name, text) in others) File.WriteAllText(Path.Combine(folder, name), text);
        // The older side is the same document at an earlier revision, as `diff HEAD:chuong-trinh.md chuong-trinh.md` reads it.
        var path = Path.Combine(folder, "chuong-trinh.md");
        var result = DiffRunner.Compare(new DiffSide("HEAD:chuong-trinh.md", path, File.ReadAllBytes(Path.Combine(folder, "cu.md"))), Side(folder, "chuong-trinh.md"));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return (result.Diff!, folder);
    }

    private static DiffSide Side(string folder, string name) => new(name, Path.Combine(folder, name), File.ReadAllBytes(Path.Combine(folder, name)));

    private static IEnumerable<string> Targets(DocumentDiff diff) => diff.Targets.Select(c => $"{c.Kind} {c.Id}: {c.Detail}");

    public static TheoryData<string> GroupTitles => new() { "Về xây dựng Đảng", "Về giáo dục" };

    [Theory]
    [MemberData(nameof(GroupTitles))]
    public void A_renamed_group_moves_none_of_its_targets(string title)
    {
        var (diff, _) = Between(Older, Older.Replace($"nhom: {title}", $"nhom: {title} và đào tạo"));
        Assert.Empty(diff.Targets);
        var renamed = Assert.Single(diff.Groups);
        Assert.Equal((GroupChangeKind.Renamed, title, $"{title} và đào tạo"), (renamed.Kind, renamed.Old, renamed.New));
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void A_renamed_group_lists_only_the_targets_that_changed()
    {
        var newer = Older.Replace("nhom: Về xây dựng Đảng", "nhom: Về công tác xây dựng Đảng")
            .Replace("nhom: Về giáo dục", "nhom: Về giáo dục và đào tạo")
            .Replace("90% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: \">= 90%\"", "92% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: \">= 92%\"");
        var (diff, _) = Between(Older, newer);
        Assert.Equal(["Raised t-01: >= 90% → >= 92%", "Reworded t-01"], diff.Targets.Select(c => c.Kind == TargetChangeKind.Reworded ? $"{c.Kind} {c.Id}" : $"{c.Kind} {c.Id}: {c.Detail}"));
        Assert.Equal(2, diff.Groups.Count);
    }

    [Fact]
    public void Between_two_documents_ids_differ_by_design_and_a_pure_rename_is_no_change()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "nam-truoc.md"), Older);
        File.WriteAllText(Path.Combine(folder, "nam-nay.md"), Older.Replace("so: 05-CTr/CB", "so: 11-CTr/CB").Replace("id: t-03,", "id: kn-01,"));
        var diff = DiffRunner.Compare(Side(folder, "nam-truoc.md"), Side(folder, "nam-nay.md")).Diff!;
        Assert.Empty(diff.Targets);
    }

    [Fact]
    public void A_copy_kept_before_editing_is_a_revision_of_the_same_document_by_its_number_and_issuer()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "ban-cu.md"), Older);
        File.WriteAllText(Path.Combine(folder, "ban-moi.md"), Older.Replace("id: t-03,", "id: kn-01,"));
        var diff = DiffRunner.Compare(Side(folder, "ban-cu.md"), Side(folder, "ban-moi.md")).Diff!;
        Assert.Equal(["Renamed kn-01: mã t-03 → kn-01"], Targets(diff));
    }

    /// <summary>Every combination of: each group renamed or not, the groups swapped or not, one target raised or not.</summary>
    public static TheoryData<bool, bool, bool, bool> GroupEdits()
    {
        var data = new TheoryData<bool, bool, bool, bool>();
        foreach (var first in new[] { false, true })
            foreach (var second in new[] { false, true })
                foreach (var swap in new[] { false, true })
                    foreach (var raise in new[] { false, true })
                        data.Add(first, second, swap, raise);
        return data;
    }

    [Theory]
    [MemberData(nameof(GroupEdits))]
    public void Renaming_and_reordering_groups_lists_only_the_targets_that_changed(bool renameFirst, bool renameSecond, bool swap, bool raise)
    {
        var newer = Older;
        if (raise) newer = newer.Replace("02 hội thi giáo viên giỏi., gia-tri: \">= 2\"", "03 hội thi giáo viên giỏi., gia-tri: \">= 3\"");
        if (swap) newer = Swapped(newer);
        if (renameFirst) newer = newer.Replace("nhom: Về xây dựng Đảng", "nhom: Về công tác xây dựng Đảng, chính quyền");
        if (renameSecond) newer = newer.Replace("nhom: Về giáo dục", "nhom: Về phát triển giáo dục");
        var (diff, _) = Between(Older, newer);
        Assert.Equal(raise ? ["Raised t-07", "Reworded t-07"] : [], diff.Targets.Select(c => $"{c.Kind} {c.Id}"));
        Assert.Equal((renameFirst ? 1 : 0) + (renameSecond ? 1 : 0), diff.Groups.Count(g => g.Kind == GroupChangeKind.Renamed));
        Assert.Equal(swap ? 1 : 0, diff.Groups.Count(g => g.Kind == GroupChangeKind.Moved));
    }

    private static string Swapped(string source)
    {
        var lines = source.Split('\n').ToList();
        var first = lines.FindIndex(l => l.Contains("nhom: Về xây dựng Đảng", StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.Contains("nhom: Về giáo dục", StringComparison.Ordinal));
        var end = lines.FindIndex(l => l.StartsWith("noi-nhan:", StringComparison.Ordinal));
        return string.Join('\n', lines[..first].Concat(lines[second..end]).Concat(lines[first..second]).Concat(lines[end..]));
    }

    [Fact]
    public void Groups_swapped_as_a_whole_are_one_group_move_not_a_move_per_target()
    {
        var (diff, _) = Between(Older, Swapped(Older));
        Assert.Empty(diff.Targets);
        var moved = Assert.Single(diff.Groups);
        Assert.Equal(GroupChangeKind.Moved, moved.Kind);
    }

    [Fact]
    public void A_target_moved_to_another_group_is_still_a_move_when_the_groups_are_renamed()
    {
        var newer = Older.Replace("      - { id: t-05, noi-dung: Kiểm tra chuyên đề từ 30% trở lên số đảng viên. }\n", "")
            .Replace("nhom: Về giáo dục\n    muc:\n", "nhom: Về giáo dục, đào tạo\n    muc:\n      - { id: t-05, noi-dung: Kiểm tra chuyên đề từ 30% trở lên số đảng viên. }\n");
        var (diff, _) = Between(Older, newer);
        Assert.Equal(["Moved t-05: nhóm «Về xây dựng Đảng» → «Về giáo dục, đào tạo»"], Targets(diff));
    }

    [Fact]
    public void A_pure_id_rename_is_reported_with_the_children_whose_links_it_breaks()
    {
        var child = ChildLinking("t-03", "t-01");
        var (diff, _) = Between(Older, Older.Replace("id: t-03,", "id: kn-01,"), ("con.md", child));
        var renamed = Assert.Single(diff.Targets);
        Assert.Equal((TargetChangeKind.Renamed, "kn-01"), (renamed.Kind, renamed.Id));
        Assert.Equal(["con.md: ct-01 (cha: t-03)"], renamed.BrokenLinks);
        Assert.Contains("t-03 → kn-01", renamed.Detail);
        Assert.Contains("con.md", new DiffTextWriter(color: false).Write(diff));
    }

    [Fact]
    public void A_rename_no_child_links_to_breaks_nothing()
    {
        var (diff, _) = Between(Older, Older.Replace("id: t-04,", "id: hoc-tap,"), ("con.md", ChildLinking("t-03", "t-01")));
        var renamed = Assert.Single(diff.Targets);
        Assert.Equal(TargetChangeKind.Renamed, renamed.Kind);
        Assert.Empty(renamed.BrokenLinks);
    }

    [Fact]
    public void A_renamed_and_raised_target_is_reported_once_as_renamed_and_once_as_raised()
    {
        var newer = Older.Replace("id: t-01,", "id: dv-01,").Replace("90% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: \">= 90%\"", "95% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: \">= 95%\"");
        var (diff, _) = Between(Older, newer, ("con.md", ChildLinking("t-01")));
        Assert.Equal(["Renamed", "Raised", "Reworded"], diff.Targets.Select(c => c.Kind.ToString()));
        Assert.Equal(["con.md: ct-01 (cha: t-01)"], diff.Targets[0].BrokenLinks);
        Assert.DoesNotContain("mã", diff.Targets[1].Detail);
    }

    [Fact]
    public void A_moved_section_names_its_heading_without_markup_and_each_place_once()
    {
        var organisation = Older[Older.IndexOf("# Tổ chức thực hiện", StringComparison.Ordinal)..Older.IndexOf("| Bộ phận", StringComparison.Ordinal)];
        var newer = Older.Replace(organisation, "").Replace("# Mục tiêu", organisation + "# Mục tiêu");
        var (diff, _) = Between(Older, newer);
        var text = new DiffTextWriter(color: false).Write(diff);
        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("  ⇄", StringComparison.Ordinal));
        Assert.DoesNotContain("#", line);
        Assert.Contains("đề mục «Mục tiêu»", line);
        foreach (var change in diff.Prose.Where(c => c.Kind == ProseChangeKind.Moved))
            Assert.NotEqual(change.Section, change.From);
    }

    [Fact]
    public void A_paragraph_moved_to_another_section_says_from_where()
    {
        var newer = Older.Replace("- Phân công rõ người, rõ việc.\n", "")
            .Replace("Chi ủy phân công đảng viên phụ trách", "- Phân công rõ người, rõ việc.\n\nChi ủy phân công đảng viên phụ trách");
        var (diff, _) = Between(Older, newer);
        var moved = Assert.Single(diff.Prose);
        Assert.Equal((ProseChangeKind.Moved, "Tổ chức thực hiện", "Mục đích, yêu cầu"), (moved.Kind, moved.Section, moved.From));
        var line = Assert.Single(new DiffTextWriter(color: false).Write(diff).Split('\n'), l => l.StartsWith("  ⇄", StringComparison.Ordinal));
        Assert.Equal("  ⇄ [Tổ chức thực hiện] - Phân công rõ người, rõ việc. (từ «Mục đích, yêu cầu»)", line);
    }

    [Fact]
    public void Json_carries_group_changes_and_broken_links()
    {
        var (diff, _) = Between(Older, Older.Replace("nhom: Về giáo dục", "nhom: Về giáo dục, đào tạo").Replace("id: t-03,", "id: kn-01,"), ("con.md", ChildLinking("t-03")));
        using var json = System.Text.Json.JsonDocument.Parse(DiffJsonWriter.Write(diff));
        var group = Assert.Single(json.RootElement.GetProperty("groups").EnumerateArray().ToList());
        Assert.Equal(("renamed", "Về giáo dục", "Về giáo dục, đào tạo"), (group.GetProperty("change").GetString(), group.GetProperty("old").GetString(), group.GetProperty("new").GetString()));
        var renamed = Assert.Single(json.RootElement.GetProperty("targets").EnumerateArray().ToList());
        Assert.Equal("con.md: ct-01 (cha: t-03)", Assert.Single(renamed.GetProperty("brokenLinks").EnumerateArray().ToList()).GetString());
    }

    /// <summary>A child plan of the same folder implementing "chuong-trinh.md", its targets linked to the given ids.</summary>
    internal static string ChildLinking(params string[] parentIds) => $$"""
        ---
        loai: ke-hoach
        so: 07-KH/CB
        co-quan: { cap-tren: Đảng bộ xã Hùng An, ban-hanh: Chi bộ Trường Mầm non Hoa Sen }
        dia-danh: Hùng An
        ngay: 2025-12-01
        trich-yeu: Thực hiện Chương trình hành động của Chi bộ
        nhiem-ky: 2025-2030
        thuc-hien: chuong-trinh.md
        chi-tieu:
          - nhom: Năm học
            muc:
        {{string.Join("\n", parentIds.Select((id, i) => $"      - {{ id: ct-{i + 1:00}, noi-dung: Chỉ tiêu con số {i + 1}., cha: {id} }}"))}}
        noi-nhan: [Lưu Chi bộ]
        ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Thị Lan }
        ---

        # Mục tiêu

        ::: chi-tieu
        :::
        """;
}
