using System.Text;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Tests.Support;

namespace VanKien.Tests.Reading;

/// <summary>The reader keeps positions, normalises text and refuses what it cannot read.</summary>
public class ReaderTests
{
    private static readonly string Valid = File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    private static CompileResult Compile(string text) => Compiler.BuildSource("doc.md", Encoding.UTF8.GetBytes(text));

    private static Diagnostic Single(string text) => Assert.Single(Compile(text).Diagnostics);

    [Fact]
    public void Every_node_keeps_its_file_line_and_column()
    {
        var document = Compile(Valid).Document!;
        Assert.Equal(new SourceLocation("doc.md", 3, 5), document.Frame.Number.Location);
        Assert.Equal(new SourceLocation("doc.md", 6, 13), document.Frame.Bodies.Issuer.Location);
        var heading = Assert.IsType<Heading>(document.Body[0]);
        Assert.Equal(new SourceLocation("doc.md", 14, 1), heading.Location);
        Assert.Equal(new SourceLocation("doc.md", 16, 1), document.Body[1].Location);
    }

    [Fact]
    public void Decomposed_Vietnamese_and_CRLF_and_a_BOM_read_the_same_as_clean_text()
    {
        var messy = "\uFEFF" + Valid.Normalize(NormalizationForm.FormD).Replace("\n", "\r\n");
        var clean = Compile(Valid);
        var read = Compile(messy);
        var warning = Assert.Single(read.Diagnostics);
        Assert.Equal(("VK0402", 5, 14), (warning.Rule.Id, warning.Location.Line, warning.Location.Column)); // the decomposed "ả"
        Assert.Equal(clean.Document!.Frame.Bodies.Issuer.Value, read.Document!.Frame.Bodies.Issuer.Value);
        Assert.Equal(clean.Docx, read.Docx);
    }

    [Fact]
    public void Invalid_UTF8_is_a_diagnostic_at_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid).ToList();
        var at = Encoding.UTF8.GetByteCount(Valid[..Valid.IndexOf("Hùng An\n", StringComparison.Ordinal)]);
        bytes.Insert(at, 0xFF);
        var diagnostic = Assert.Single(Compiler.BuildSource("doc.md", [.. bytes]).Diagnostics);
        Assert.Equal("VK0008", diagnostic.Rule.Id);
        Assert.Equal(5, diagnostic.Location.Line);
    }

    [Fact]
    public void A_file_without_front_matter_is_refused()
    {
        var diagnostic = Single("# Mục đích\n\nNội dung.\n");
        Assert.Equal(("VK0007", 1, 1), (diagnostic.Rule.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_missing_required_field_names_the_field()
    {
        var diagnostic = Single(Valid.Replace("dia-danh: Hùng An\n", ""));
        Assert.Equal("VK0004", diagnostic.Rule.Id);
        Assert.Contains("'dia-danh'", diagnostic.Message);
    }

    /// <summary>A required field written but left blank is located at its own line, whichever field it is.</summary>
    [Theory]
    [InlineData("dia-danh: Hùng An", "dia-danh:", 7)]
    [InlineData("ngay: 2025-10-01", "ngay:", 8)]
    [InlineData("  ban-hanh: Chi bộ Thôn Đông", "  ban-hanh: \"\"", 6, 3)]
    public void A_required_field_left_blank_is_reported_at_its_line(string written, string blank, int line, int column = 1)
    {
        var diagnostic = Single(Valid.Replace(written, blank));
        Assert.Equal(("VK0004", line, column), (diagnostic.Rule.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("để trống", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_kind_gets_a_suggestion()
    {
        var diagnostic = Single(Valid.Replace("loai: chuong-trinh-hanh-dong", "loai: chuong-trinh-hanh-dongg"));
        Assert.Equal(("VK0006", 2, 7), (diagnostic.Rule.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("chuong-trinh-hanh-dong", diagnostic.Hint);
    }

    [Fact]
    public void Deep_YAML_nesting_is_refused_before_it_can_overflow_the_stack()
    {
        var deep = "---\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n---\n";
        var diagnostic = Single(deep);
        Assert.Equal("VK0009", diagnostic.Rule.Id);
    }

    [Fact]
    public void A_heading_that_skips_a_level_is_an_error()
    {
        var diagnostic = Compile(Valid.Replace("# Mục đích, yêu cầu", "### Mục đích, yêu cầu")).Diagnostics.Single(d => d.Severity == Severity.Error);
        Assert.Equal(("VK0103", 14, 1), (diagnostic.Rule.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void An_unknown_container_is_an_error_at_its_line()
    {
        var diagnostic = Single(Valid + "\n::: bang-phan-cong\n:::\n");
        Assert.Equal(("VK0101", 18, 1), (diagnostic.Rule.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Missing_recipients_and_signature_are_frame_errors()
    {
        var text = Valid.Replace("noi-nhan: [Đảng ủy xã (b/c), Lưu Chi bộ]\n", "")
            .Replace("ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Văn Bình }\n", "");
        var rules = Compile(text).Diagnostics.Select(d => d.Rule.Id).Order().ToList();
        Assert.Equal(["VK0301", "VK0302"], rules);
        Assert.Null(Compile(text).Docx);
    }
}
