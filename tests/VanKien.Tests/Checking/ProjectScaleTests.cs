using VanKien.Model;
using VanKien.Targets;
using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>Ordinal scales are extensible in the user's project (vankien.yaml, "thang-bac").</summary>
public class ProjectScaleTests
{
    private const string Project = """
        thang-bac:
          - id: danh-hieu
            ten: Danh hiệu thi đua
            bac: [tập thể lao động tiên tiến, tập thể lao động xuất sắc]
        """;

    private static RuleTestBed Bed(string childValue, bool withProject = true)
    {
        var parent = RuleTestBed.Parent.Replace(
            "- { id: P-07,",
            "- { id: P-08, noi-dung: Nhà trường đạt danh hiệu thi đua., gia-tri: \">= danh-hieu:tập thể lao động xuất sắc\" }\n      - { id: P-07,");
        var child = RuleTestBed.Child.Replace(
            "- { id: c-06,",
            $"- {{ id: c-08, noi-dung: Nhà trường đạt danh hiệu thi đua., gia-tri: \"{childValue}\", cha: P-08 }}\n      - {{ id: c-06,");
        var bed = new RuleTestBed(parent, child);
        if (withProject) bed.Write("vankien.yaml", Project);
        return bed;
    }

    [Fact]
    public void A_project_scale_compares_like_a_built_in_one()
    {
        Assert.Empty(Bed(">= danh-hieu:tập thể lao động xuất sắc").Check().Select(d => d.ToString()));
        var weaker = Assert.Single(Bed(">= danh-hieu:tập thể lao động tiên tiến").Check());
        Assert.Equal("VK0220", weaker.Rule.Id);
    }

    [Fact]
    public void Without_the_project_the_scale_is_unknown()
    {
        var diagnostics = Bed(">= danh-hieu:tập thể lao động xuất sắc", withProject: false).Check();
        // The child's value does not parse, and neither does its parent's, so the parent cannot serve.
        Assert.Equal(["VK0010", "VK0201"], diagnostics.Select(d => d.Rule.Id).Order());
        Assert.Contains(diagnostics, d => d.Message.Contains("thang bậc 'danh-hieu' không có"));
    }

    [Fact]
    public void The_phrase_parser_reads_a_project_scale_out_of_a_sentence()
    {
        var scales = (VanKien.Project.ProjectFile.None with { Scales = [new OrdinalScale("danh-hieu-tap-the", "Danh hiệu",
            ["tập thể lao động tiên tiến", "tập thể lao động xuất sắc"])] }).AllScales;
        var (value, period) = new PhraseParser(scales).Infer("Nhà trường đạt danh hiệu tập thể lao động tiên tiến trở lên hằng năm.");
        Assert.Equal(">= danh-hieu-tap-the:tập thể lao động tiên tiến", value?.ToString());
        Assert.Equal(Period.EachYear, period);
    }

    [Fact]
    public void The_sample_project_scale_is_inferred_for_the_sample_target()
    {
        var result = VanKien.Building.Compiler.Check(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md"));
        var target = result.Document!.Targets.Single(t => t.Id?.Value == "ktxh-03");
        Assert.Equal(">= danh-hieu-tap-the:tập thể lao động tiên tiến", target.Value?.ToString());
        Assert.True(target.ValueInferred);
    }

    [Theory]
    [InlineData("thang-bac:\n  - { id: x, bac: [một] }", "VK0006", 2)]
    [InlineData("thang-bac:\n  - { id: x, bac: [một, hai] }\nnguon-goc: [a]", "VK0002", 3)]
    public void A_broken_project_file_is_reported_at_its_place(string project, string rule, int line)
    {
        var bed = new RuleTestBed().Write("vankien.yaml", project);
        var diagnostic = Assert.Single(bed.Check());
        Assert.Equal((rule, line), (diagnostic.Rule.Id, diagnostic.Location.Line));
        Assert.EndsWith("vankien.yaml", diagnostic.Location.File);
    }
}
