using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>A congress's own documents (numbered -…/ĐH) are headed by the congress, as 36-HD's examples are.</summary>
public class CongressHeaderTests
{
    private static string IssuingBody(string source)
    {
        var output = Path.Combine(Repo.NewTempFolder(), "out");
        var result = CliRun.Run("build", source, "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        var document = MainDocument(File.ReadAllBytes(Directory.GetFiles(output, "*.docx").Single()));
        var paragraph = document.Descendants(W + "p").First(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")?.Value == "VkIssuingBody"));
        return string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));
    }

    [Fact]
    public void A_congress_resolution_is_headed_by_the_congress_and_a_committee_document_by_the_committee()
    {
        Assert.Equal("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ HÙNG AN LẦN THỨ I",
            IssuingBody(Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml")));
        Assert.Equal("CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG",
            IssuingBody(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md")));
    }
}
