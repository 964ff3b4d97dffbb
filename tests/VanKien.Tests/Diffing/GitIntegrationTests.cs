using VanKien.Tests.Support;

namespace VanKien.Tests.Diffing;

/// <summary>vankien diff and textconv inside a git repository the test creates.</summary>
public class GitIntegrationTests
{

    private sealed class Repository
    {
        public string Root { get; } = Repo.NewTempFolder();

        public Repository()
        {
            Git("init", "-q", "-b", "main");
            Git("config", "user.email", "vanphong@example.invalid");
            Git("config", "user.name", "Văn phòng");
        }

        public string Git(params string[] arguments)
        {
            var result = ExternalTool.Run("git", ["-C", Root, .. arguments]);
            Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Error}");
            return result.Output;
        }

        public void Write(string relative, string text)
        {
            var path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        public void Copy(string relative, byte[] bytes)
        {
            var path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        public void Commit(string message)
        {
            Git("add", "-A");
            Git("commit", "-q", "-m", message);
        }

        /// <summary>The vankien command run in the repository's folder, as a user would (a separate process).</summary>
        public ExternalTool.Result Vankien(params string[] arguments) =>
            VankienProcess.RunIn(Root, arguments);
    }

    private static Repository WithTwoRevisions()
    {
        var repository = new Repository();
        repository.Write("samples/x.md", File.ReadAllText(DiffTests.Fixture("revision-old.md")));
        repository.Commit("bản 1");
        repository.Write("samples/x.md", File.ReadAllText(DiffTests.Fixture("revision-new.md")));
        repository.Commit("bản 2");
        return repository;
    }

    [ExternalToolFact("git")]
    public void Diff_reads_a_revision_from_git()
    {
        var repository = WithTwoRevisions();
        var result = repository.Vankien("diff", "HEAD~1:samples/x.md", "samples/x.md");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("vankien diff HEAD~1:samples/x.md → samples/x.md", result.Output);
        Assert.Contains("↑ nâng t-01: >= 90% → >= 95%", result.Output);
        Assert.Contains("↓ hạ t-02: < 5% → < 7%", result.Output);
    }

    [ExternalToolFact("git")]
    public void An_id_renamed_since_HEAD_names_the_child_in_the_working_tree_whose_link_it_breaks()
    {
        var repository = new Repository();
        var older = File.ReadAllText(DiffTests.Fixture("revision-old.md"));
        repository.Write("van-ban/chuong-trinh.md", older);
        repository.Write("van-ban/chi-bo/ke-hoach.md", RenameAndMoveTests.ChildLinking("t-03").Replace("thuc-hien: chuong-trinh.md", "thuc-hien: ../chuong-trinh.md"));
        repository.Commit("bản 1");
        repository.Write("van-ban/chuong-trinh.md", older.Replace("id: t-03,", "id: kn-01,"));
        var result = repository.Vankien("diff", "van-ban/chuong-trinh.md");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n');
        Assert.Contains("  ~ đổi mã kn-01: mã t-03 → kn-01", lines);
        Assert.Contains("      làm mất liên kết của: chi-bo/ke-hoach.md: ct-01 (cha: t-03)", lines);
        // The rename is the only change of the revision.
        Assert.Equal(["  ~ đổi mã kn-01: mã t-03 → kn-01"], lines.Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal)));
    }

    [ExternalToolFact("git")]
    public void With_one_path_diff_compares_it_with_HEAD_and_with_none_every_changed_source()
    {
        var repository = WithTwoRevisions();
        Assert.Contains("Không có thay đổi.", repository.Vankien("diff", "samples/x.md").Output);

        repository.Write("samples/x.md", File.ReadAllText(DiffTests.Fixture("revision-new.md")).Replace(">= 95%", ">= 97%").Replace("95% trở lên", "97% trở lên"));
        repository.Write("README.md", "# Kho văn bản\n");
        var one = repository.Vankien("diff", "samples/x.md", "--exit-code");
        Assert.Equal(1, one.ExitCode);
        Assert.Contains("↑ nâng t-01: >= 95% → >= 97%", one.Output);

        var all = repository.Vankien("diff");
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.Contains("vankien diff HEAD:samples/x.md → samples/x.md", all.Output);
        Assert.DoesNotContain("README", all.Output);
    }

    [ExternalToolFact("git")]
    public void A_revision_that_does_not_exist_is_a_usage_error()
    {
        var repository = WithTwoRevisions();
        var result = repository.Vankien("diff", "HEAD~5:samples/x.md", "samples/x.md");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("git show", result.Error);
    }

    [ExternalToolFact("git")]
    public void Textconv_makes_git_diff_readable_for_sources_and_built_docx()
    {
        var repository = new Repository();
        repository.Write(".gitattributes", "*.md diff=vankien\n*.docx diff=vankien\n");
        repository.Git("config", "diff.vankien.textconv", $"{VankienProcess.ShellCommand} textconv");
        var sample = Path.Combine(Repo.Samples, "chi-bo-tieu-hoc-hung-an", "chuong-trinh-hanh-dong-2025-2030.md");
        var text = File.ReadAllText(sample);
        repository.Write("x.md", text);
        repository.Copy("x.docx", BuildDocx(text));
        repository.Commit("bản 1");

        var revised = text.Replace("Kết nạp ít nhất 03 đảng viên mới trong nhiệm kỳ.", "Kết nạp ít nhất 04 đảng viên mới trong nhiệm kỳ.");
        repository.Write("x.md", revised);
        repository.Copy("x.docx", BuildDocx(revised));

        var diff = repository.Git("diff");
        // The source: the printed line, then what the page does not print (id, value, parent).
        Assert.Contains("-- Kết nạp ít nhất 03 đảng viên mới trong nhiệm kỳ. ⟦xd-03: >= 3 đảng viên (suy từ câu) ← CT-03 (gop-phan)⟧", diff);
        Assert.Contains("+- Kết nạp ít nhất 04 đảng viên mới trong nhiệm kỳ. ⟦xd-03: >= 4 đảng viên (suy từ câu) ← CT-03 (gop-phan)⟧", diff);
        Assert.Contains("-- Kết nạp ít nhất 03 đảng viên mới trong nhiệm kỳ.\n", diff); // the DOCX, as text: the same line
        Assert.Contains("+- Kết nạp ít nhất 04 đảng viên mới trong nhiệm kỳ.", diff);
        Assert.DoesNotContain("Binary files", diff);
    }

    private static byte[] BuildDocx(string source)
    {
        var document = VanKien.Reading.DocumentReader.Read("x.md", System.Text.Encoding.UTF8.GetBytes(source), new VanKien.Diagnostics.DiagnosticBag())!;
        return VanKien.Writing.Docx.DocxWriter.Write(document, VanKien.Templates.TemplateLocator.Default.For(document).Template);
    }
}
