using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Tests.Importing;

/// <summary>
/// Documents the importer names instead of forcing them into a kind: another kind of document
/// (VK0615) and text damaged beyond reading (VK0616); nothing is written for either.
/// </summary>
public class ImportableTextTests
{
    private static (Importer.Result Result, DiagnosticBag Diagnostics) Import(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (Importer.Import("van-ban.txt", Encoding.UTF8.GetBytes(text), diagnostics), diagnostics);
    }

    [Theory]
    [InlineData("CHỈ THỊ", "chỉ thị")]
    [InlineData("HƯỚNG DẪN", "hướng dẫn")]
    [InlineData("KẾT LUẬN CỦA BAN THƯỜNG VỤ", "kết luận")]
    [InlineData("CÔNG VĂN", "công văn")]
    public void Another_kind_of_document_is_named_and_not_imported(string title, string name)
    {
        var (result, diagnostics) = Import($"ĐẢNG BỘ XÃ HÙNG AN\nĐẢNG ỦY XÃ\nSố 12-QĐ/ĐU\nHùng An, ngày 05 tháng 3 năm 2026\n{title}\nVề việc thành lập tổ công tác\nĐiều 1. Thành lập tổ công tác.\n");
        Assert.Null(result.Source);
        var said = Assert.Single(diagnostics.Items, d => d.Rule == Rules.ImportNotPlanning);
        Assert.Equal(5, said.Location.Line);
        Assert.Contains($"văn bản là {name}", said.Message);
    }

    [Fact]
    public void A_plan_that_cites_a_decision_is_still_a_plan()
    {
        var (result, diagnostics) = Import("ỦY BAN NHÂN DÂN XÃ HÙNG AN\nSố: 45/KH-UBND\nHùng An, ngày 10 tháng 4 năm 2026\nKẾ HOẠCH\nTriển khai Quyết định số 12/QĐ-UBND\nCăn cứ Quyết định số 12/QĐ-UBND ngày 01/4/2026;\nI. MỤC ĐÍCH\nThực hiện tốt quyết định.\n");
        Assert.NotNull(result.Source);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportNotPlanning);
    }

    [Theory]
    [InlineData("K? HO?CH\nTh?c hi?n ngh? quy?t c?a ??ng ?y x?\nC?n c? ?i?u l? ??ng\n", "'?'")]
    [InlineData("KẾ HOẠCH\nThực hiện nghị quyết\n\uFFFD\uFFFD\uFFFD ࡱ binary\n", "tệp nhị phân")]
    [InlineData("KẾ HOẠCH\nThựć hiệṇ nghị quyết củà Bạn Bí thư về mụć tĩêũ ỳêủ cầụ\n", "hai dấu thanh")]
    public void Text_damaged_beyond_reading_is_refused_with_what_is_wrong(string text, string reason)
    {
        var (result, diagnostics) = Import(text);
        Assert.Null(result.Source);
        Assert.Contains(reason, Assert.Single(diagnostics.Items, d => d.Rule == Rules.ImportUnreadable).Message);
    }
}
