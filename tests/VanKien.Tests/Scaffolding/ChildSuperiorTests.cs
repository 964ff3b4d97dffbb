using VanKien.Tests.Support;

namespace VanKien.Tests.Scaffolding;

/// <summary>
/// <c>new --parent</c>'s superior body: a chi bộ answers to the organisation that issued the parent
/// (the Đảng bộ, not its congress or its committee); a body implementing its own organisation's
/// resolution (<c>--ban-hanh "Đảng ủy xã …"</c> under the Đảng bộ xã's congress) answers to the
/// parent's superior, and signs for its own committee.
/// </summary>
public class ChildSuperiorTests
{
    private static readonly string Resolution = Path.Combine("dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml");

    private static string New(string samples, params string[] extra)
    {
        var output = Path.Combine(samples, "dang-uy-xa-hung-an", "moi.md");
        var result = CliRun.Run(["new", "chuong-trinh-hanh-dong", "--parent", Path.Combine(samples, Resolution), "-o", output, .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return File.ReadAllText(output);
    }

    [Fact]
    public void The_same_bodys_executive_answers_to_the_parents_superior_and_signs_for_its_committee()
    {
        var text = New(Path.Combine(Repo.CopyOfSamples(), "samples"), "--ban-hanh", "Đảng ủy xã Hùng An");
        Assert.Contains("  cap-tren: \"Đảng bộ tỉnh Hưng Yên\"\n  ban-hanh: \"Đảng ủy xã Hùng An\"\n", text);
        Assert.Contains("so: \"«số»-CTr/ĐU\"", text);
        Assert.Contains("tham-quyen: \"T/M ĐẢNG ỦY\"", text);
    }

    [Fact]
    public void A_ban_of_the_committee_is_scaffolded_signed_by_its_head_with_no_authority_line()
    {
        var text = New(Path.Combine(Repo.CopyOfSamples(), "samples"), "--ban-hanh", "Ban Tuyên giáo Đảng ủy xã Hùng An");
        Assert.DoesNotContain("tham-quyen:", text);
        Assert.Contains("chuc-vu: \"TRƯỞNG BAN\"", text);
    }

    [Fact]
    public void A_chi_bo_answers_to_the_organisation_not_to_its_congress()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        // The resolution names its congress as the issuer.
        var resolution = Path.Combine(samples, Resolution);
        File.WriteAllText(resolution, File.ReadAllText(resolution).Replace("  ban-hanh: Đảng bộ xã Hùng An", "  ban-hanh: Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I", StringComparison.Ordinal));
        var text = New(samples);
        Assert.Contains("  cap-tren: \"Đảng bộ xã Hùng An\"\n  ban-hanh: \"«tên chi bộ, ví dụ Chi bộ Trường Mầm non Việt Hồng»\"\n", text);
        Assert.Contains("  - \"Đảng ủy xã Hùng An (b/c)\"\n", text);
    }

    [Theory]
    [InlineData("Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I", "Đảng bộ xã Hùng An")]
    [InlineData("Ban Chấp hành Đảng bộ xã Hùng An", "Đảng bộ xã Hùng An")]
    [InlineData("Ban Thường vụ Đảng ủy xã Hùng An", "Đảng bộ xã Hùng An")]
    [InlineData("Đảng ủy xã Hùng An", "Đảng bộ xã Hùng An")]
    [InlineData("Đảng bộ xã Hùng An", "Đảng bộ xã Hùng An")]
    [InlineData("Ủy ban nhân dân xã Hùng An", "Ủy ban nhân dân xã Hùng An")]
    public void Each_body_speaks_for_its_organisation(string body, string organisation) =>
        Assert.Equal(organisation, VanKien.Scaffolding.Organisation.Of(body));
}
