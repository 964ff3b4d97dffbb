using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// A reviewer's DOCX is untrusted input: its provenance (<c>VanKien.Source</c>) is only a hint. Two
/// projects side by side, and a DOCX whose provenance points at the other one — by absolute path, by
/// "../", through a linked file or folder, or by a name this project also has with another number —
/// can make <c>review</c> neither read nor write across them, with or without <c>--apply</c>: the
/// other project's files stay byte-identical and nothing of them is printed (README, "Reliability").
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ReviewProvenanceTests
{
    private const string Secret = "MAT_KHAU=bi-mat-cua-du-an-b-4711";
    private const string OtherWords = "Dự án bên cạnh giữ kín điều này";

    /// <summary>Two projects in one folder: <c>a</c> (the user's, its source numbered 05) and <c>b</c> (another, numbered 07, with a secret).</summary>
    private static (string Root, string A, string B) TwoProjects()
    {
        var root = Repo.NewTempFolder();
        var a = Path.Combine(root, "a");
        var b = Path.Combine(root, "b");
        var old = ReviewCommentLineBreakTests.Standalone();
        foreach (var project in new[] { a, b })
        {
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "vankien.yaml"), VanKien.Project.ProjectFileReader.Starter + "\n");
        }
        File.WriteAllText(Path.Combine(a, "ctr.md"), old);
        File.WriteAllText(Path.Combine(b, "ctr.md"), old.Replace("so: 05-CTr/CB", "so: 07-CTr/CB", StringComparison.Ordinal)
            .Replace("Chi bộ xây dựng Chương trình hành động như sau:", OtherWords + ".", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(b, ".env"), Secret + "\n");
        return (root, a, b);
    }

    /// <summary>b's source built, a reviewer's change and comment in it, and its provenance rewritten to <paramref name="source"/>.</summary>
    private static string ReviewedFromB(string root, string b, string source)
    {
        var docx = VanKien.Building.Compiler.Build(Path.Combine(b, "ctr.md")).Docx!;
        docx = TrackedChanges.Replace(docx, OtherWords, "Dự án bên cạnh đã bị sửa");
        docx = WithProvenance(docx, source);
        var folder = Path.Combine(root, "thu-den");
        Directory.CreateDirectory(folder);
        var reviewed = Path.Combine(folder, "duyet.docx");
        File.WriteAllBytes(reviewed, docx);
        return reviewed;
    }

    /// <summary>The DOCX with its <c>VanKien.Source</c> custom property set to <paramref name="source"/>.</summary>
    internal static byte[] WithProvenance(byte[] docx, string source)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("docProps/custom.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            xml = Regex.Replace(xml, "(name=\"VanKien.Source\"><vt:lpwstr>)[^<]*(</vt:lpwstr>)", m => m.Groups[1].Value + System.Security.SecurityElement.Escape(source) + m.Groups[2].Value);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("docProps/custom.xml").Open());
            writer.Write(xml);
        }
        return stream.ToArray();
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => f, File.ReadAllBytes);

    public static TheoryData<string, bool> Pointers()
    {
        var data = new TheoryData<string, bool>();
        foreach (var pointer in new[] { "absolute", "parent", "linked-file", "linked-folder", "same-name", "secret" })
            foreach (var apply in new[] { false, true })
                data.Add(pointer, apply);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pointers))]
    public void No_reviewed_docx_makes_review_read_or_write_across_two_projects(string pointer, bool apply)
    {
        var (root, a, b) = TwoProjects();
        File.CreateSymbolicLink(Path.Combine(a, "lien-ket.md"), Path.Combine("..", "b", "ctr.md"));
        Directory.CreateSymbolicLink(Path.Combine(a, "ngoai"), Path.Combine("..", "b"));
        var source = pointer switch
        {
            "absolute" => Path.Combine(b, "ctr.md"),
            "parent" => "../b/ctr.md",
            "linked-file" => "lien-ket.md",
            "linked-folder" => "ngoai/ctr.md",
            "same-name" => "ctr.md",
            _ => "../b/.env",
        };
        var reviewed = ReviewedFromB(root, b, source);
        var beforeA = Snapshot(a);
        var beforeB = Snapshot(b);

        string[] arguments = apply ? ["review", reviewed, "--apply", "--comments"] : ["review", reviewed];
        var result = VankienProcess.RunIn(a, arguments);
        var said = result.Output + result.Error;

        Assert.True(result.ExitCode == 1, said);
        Assert.DoesNotContain("   at ", said);
        // Refused with a rule of its own where the hint leads out; a name this project has with another number is no source of this DOCX.
        Assert.Contains(pointer == "same-name" ? " lỗi VK0805: " : " lỗi VK0806: ", said);
        // Nothing of the other project is printed: not a line of its files, not its path but as the refused hint itself.
        Assert.DoesNotContain(Secret, said);
        Assert.DoesNotContain(OtherWords, said);
        Assert.DoesNotContain(said.Split('\n'), l => l.Contains(b + "/", StringComparison.Ordinal) && !l.Contains(" lỗi VK0806: dấu nguồn '" + b, StringComparison.Ordinal));
        Assert.DoesNotContain("VK0804", said);
        // Neither project is written: every file byte-identical, no file added.
        var afterB = Snapshot(b);
        Assert.Equal(beforeB.Keys.Order(), afterB.Keys.Order());
        Assert.All(beforeB, file => Assert.Equal(file.Value, afterB[file.Key]));
        var afterA = Snapshot(a);
        Assert.Equal(beforeA.Keys.Order(), afterA.Keys.Order());
        Assert.All(beforeA, file => Assert.Equal(file.Value, afterA[file.Key]));
        Assert.NotNull(new FileInfo(Path.Combine(a, "lien-ket.md")).LinkTarget);
    }

    [Fact]
    public void A_source_linked_inside_the_project_is_edited_where_it_lies_with_its_mode_kept()
    {
        var (root, a, _) = TwoProjects();
        var folder = Path.Combine(a, "nguon");
        Directory.CreateDirectory(folder);
        var real = Path.Combine(folder, "that.md");
        File.Move(Path.Combine(a, "ctr.md"), real);
        var link = Path.Combine(a, "ctr.md");
        File.CreateSymbolicLink(link, Path.Combine("nguon", "that.md"));
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var docx = TrackedChanges.Replace(VanKien.Building.Compiler.Build(link).Docx!, "Phân công rõ người, rõ việc.", "Phân công rõ người, rõ việc, rõ thời hạn.");
        var reviewed = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "thu-den")).FullName, "duyet.docx");
        File.WriteAllBytes(reviewed, docx);

        var result = VankienProcess.RunIn(a, ["review", reviewed, "--apply"]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(Path.Combine("nguon", "that.md"), new FileInfo(link).LinkTarget);
        Assert.Contains("- Phân công rõ người, rõ việc, rõ thời hạn.", File.ReadAllText(real));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(real));
        Assert.Empty(Directory.EnumerateFiles(a, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_source_named_by_its_project_path_and_number_is_still_found_and_written()
    {
        var (root, a, _) = TwoProjects();
        var source = Path.Combine(a, "ctr.md");
        var docx = TrackedChanges.Replace(VanKien.Building.Compiler.Build(source).Docx!, "Phân công rõ người, rõ việc.", "Phân công rõ người, rõ việc, rõ thời hạn.");
        var reviewed = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "thu-den")).FullName, "duyet.docx");
        File.WriteAllBytes(reviewed, docx);

        var result = VankienProcess.RunIn(a, ["review", reviewed, "--apply"]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("- Phân công rõ người, rõ việc, rõ thời hạn.", File.ReadAllText(source, Encoding.UTF8));
    }
}
