using VanKien.Building;
using VanKien.Tests.Support;
using VanKien.Reading;

namespace VanKien.Tests.Building;

/// <summary>Incremental and parallel builds: the same bytes whatever the path; only what changed is rebuilt.</summary>
public class IncrementalBuildTests
{
    /// <summary>A copy of the samples (with their project file, and the templates beside them) to build and change.</summary>
    private static string CopyOfSamples() => Path.Combine(Repo.CopyOfSamples(), "samples");

    private static BuildSummary Build(string project, string output, bool parallel = true, bool force = false) =>
        ProjectBuilder.Build(SourceDiscovery.Discover([project]).Sources, new BuildOptions(output) { Parallel = parallel, Force = force });

    /// <summary>How many documents the samples hold (every one of them builds).</summary>
    private static int SampleCount => Repo.SampleSources().Count();

    private static Dictionary<string, byte[]> Outputs(string folder) =>
        Directory.EnumerateFiles(folder, "*.docx", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Serial_parallel_cold_and_incremental_builds_write_the_same_bytes()
    {
        var project = CopyOfSamples();
        var serial = Path.Combine(project, "out-serial");
        var parallel = Path.Combine(project, "out-parallel");
        Assert.Equal(SampleCount, Build(project, serial, parallel: false).Built);
        Assert.Equal(SampleCount, Build(project, parallel, parallel: true).Built);

        var cold = Outputs(serial);
        Assert.Equal(SampleCount, cold.Count);
        Assert.Equal(cold, Outputs(parallel));

        // Incremental: change one document, rebuild; the others are untouched, the changed one equals a cold build of it.
        var changed = Path.Combine(project, "chi-bo-mam-non-tien-cuong", "chuong-trinh-hanh-dong-2023.md");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("Lưu CB", "Lưu Chi bộ"));
        var incremental = Build(project, parallel);
        Assert.Equal((1, SampleCount - 1), (incremental.Built, incremental.UpToDate));
        var fresh = Path.Combine(project, "out-fresh");
        Build(project, fresh, parallel: false);
        Assert.Equal(Outputs(fresh), Outputs(parallel));
    }

    [Fact]
    public void A_rebuild_with_no_change_builds_nothing_and_force_builds_all()
    {
        var project = CopyOfSamples();
        var output = Path.Combine(project, "out");
        Assert.Equal(SampleCount, Build(project, output).Built);
        var again = Build(project, output);
        Assert.Equal((0, SampleCount), (again.Built, again.UpToDate));
        Assert.Empty(again.Results); // not even parsed
        Assert.Equal(SampleCount, Build(project, output, force: true).Built);
    }

    [Fact]
    public void Changing_a_parent_rebuilds_it_and_the_documents_that_implement_it()
    {
        var project = CopyOfSamples();
        var output = Path.Combine(project, "out");
        Build(project, output);
        var resolution = Path.Combine(project, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml");
        File.WriteAllText(resolution, File.ReadAllText(resolution).Replace("Lê Văn Cường", "Lê Văn Cương"));

        var rebuilt = Build(project, output);

        // The resolution and the two school cells' programs (thuc-hien); the others do not depend on it.
        Assert.Equal(3, rebuilt.Built);
        Assert.Equal(
            ["chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md", "chi-bo-tieu-hoc-hung-an/chuong-trinh-hanh-dong-2025-2030.md", "dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml"],
            rebuilt.Results.Select(r => Path.GetRelativePath(project, r.SourcePath).Replace('\\', '/')).Order());
    }

    [Fact]
    public void Changing_a_template_or_the_project_file_rebuilds_what_uses_it_and_a_deleted_output_comes_back()
    {
        var project = CopyOfSamples();
        var output = Path.Combine(project, "out");
        Build(project, output);

        var template = Path.Combine(project, "templates", "bao-cao");
        Directory.CreateDirectory(template);
        File.Copy(Path.Combine(Repo.Root, "templates", "bao-cao", "mau.yaml"), Path.Combine(template, "mau.yaml"));
        Assert.Equal(1, Build(project, output).Built); // a template that appears: only the report uses templates/bao-cao
        File.AppendAllText(Path.Combine(template, "mau.yaml"), "\n# sửa\n");
        Assert.Equal(1, Build(project, output).Built); // and one that changes

        File.AppendAllText(Path.Combine(project, "vankien.yaml"), "\n# sửa\n");
        Assert.Equal(SampleCount, Build(project, output).Built);

        File.Delete(Path.Combine(output, "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.docx"));
        Assert.Equal(1, Build(project, output).Built);
    }
}
