using VanKien.Editing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Editing;

/// <summary>The editor's workspace and features in process, on a copy of the samples.</summary>
public class EditorFeaturesTests
{
    private const string Child = "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string Parent = "samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml";

    private static (int Line, int Character) Find(string text, string what, int offset = 0, bool wholeLine = false)
    {
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => wholeLine ? l == what : l.Contains(what, StringComparison.Ordinal));
        Assert.True(line >= 0, what);
        return (line, lines[line].IndexOf(what, StringComparison.Ordinal) + offset);
    }

    [Fact]
    public void Keys_complete_by_where_the_cursor_stands_and_values_by_their_key()
    {
        var root = Repo.CopyOfSamples();
        var child = Path.Combine(root, Child);
        var text = File.ReadAllText(child).Replace("\ndia-danh: Hùng An\n", "\ndia-danh: Hùng An\ntri\n").Replace("  ban-hanh:", "  ba\n  ban-hanh:");
        var workspace = new EditorWorkspace();
        workspace.Open(child, text);
        var features = new EditorFeatures(workspace);
        List<string> Labels((int Line, int Character) at) => features.Complete(child, at.Line, at.Character).Select(c => c.Label).ToList();

        var top = Labels(Find(text, "tri", 3, wholeLine: true));
        Assert.Contains("trich-yeu", top);
        Assert.Contains("thuc-hien", top);
        Assert.DoesNotContain("ho-ten", top);
        var bodies = Labels(Find(text, "  ba", 4, wholeLine: true));
        Assert.Equal(["cap-tren", "ban-hanh", "ten-goi"], bodies);
        var target = Labels(Find(text, "        cha: CT-02", 8));
        Assert.Contains("gia-tri", target);
        Assert.Contains("quan-he", target);

        Assert.Contains("ke-hoach", Labels(Find(text, "loai: chuong-trinh-hanh-dong", "loai: ".Length)));
        Assert.Contains("cu-the-hoa", Labels(Find(text, "quan-he: cu-the-hoa", "quan-he: ".Length)));
        Assert.Contains("../dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml", Labels(Find(text, "thuc-hien: ", "thuc-hien: ".Length)));
        // In the body, nothing is offered.
        Assert.Empty(Labels(Find(text, "# ", 2)));
    }

    [Fact]
    public void An_edit_of_an_open_parent_reaches_its_open_child()
    {
        var root = Repo.CopyOfSamples();
        var child = Path.Combine(root, Child);
        var parent = Path.Combine(root, Parent);
        var workspace = new EditorWorkspace();
        workspace.Open(parent, File.ReadAllText(parent));
        workspace.Open(child, File.ReadAllText(child));
        Assert.DoesNotContain(workspace.Check(child), d => d.Rule.Id == "VK0220");
        Assert.Equal([child], workspace.OpenChildrenOf(parent));

        // The parent asks more than the child's ">= 90%": the child is now weaker, with no change of its own.
        workspace.Change(parent, File.ReadAllText(parent).Replace("gia-tri: \">= 85%\"", "gia-tri: \">= 95%\""));
        var weaker = Assert.Single(workspace.Check(child), d => d.Rule.Id == "VK0220");
        Assert.Contains("CT-02", weaker.Message);
    }

    [Fact]
    public void A_basis_number_goes_to_the_document_that_carries_it_and_the_project_file_is_checked_as_typed()
    {
        var root = Repo.CopyOfSamples();
        var child = Path.Combine(root, Child);
        var text = File.ReadAllText(child);
        var workspace = new EditorWorkspace();
        workspace.Open(child, text);
        var at = Find(text, "01-NQ/ĐH", 2);
        var definition = new EditorFeatures(workspace).Definition(child, at.Line, at.Character);
        Assert.NotNull(definition);
        Assert.Equal(Path.Combine(root, Parent), definition.Path);

        var project = Path.Combine(root, "samples", "vankien.yaml");
        workspace.Open(project, File.ReadAllText(project) + "\nkhoa-la: 1\n");
        Assert.Contains(workspace.Check(project), d => d.Rule.Id == "VK0002" && d.Message.Contains("khoa-la", StringComparison.Ordinal));
    }
}
