using BenchmarkDotNet.Attributes;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Templates;
using VanKien.Writing.Docx;

namespace VanKien.Benchmarks;

/// <summary>
/// The three stages for one document, in one process after warm-up: read (YAML + Markdown to the
/// model), check (every rule, the parent already read), write (DOCX bytes). The sample is the
/// 8-page action program of Chi bộ Trường Mầm non Việt Hồng, with its parent resolution.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _path = "";
    private byte[] _bytes = [];
    private Document _document = null!;
    private DocumentSet _set = null!;
    private ResolvedTemplate _template = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "VanKien.slnx"))) root = Path.GetDirectoryName(root)!;
        _path = Path.Combine(root, "samples", "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        _bytes = File.ReadAllBytes(_path);
        _set = DocumentSet.ForSourcesAt(_path).Set;
        _document = _set.Load(_path).Document!;
        _template = _set.Templates.For(_document).Template;
        Check(); // reads the parent once, as a repository build does
    }

    [Benchmark]
    public Document? Read() => DocumentReader.Read(_path, _bytes, new DiagnosticBag(), scales: _set.Scales);

    [Benchmark]
    public int Check()
    {
        var bag = new DiagnosticBag();
        DocumentChecker.Default.Check(_document, _set, bag);
        return bag.Items.Count;
    }

    [Benchmark]
    public byte[] WriteDocx() => DocxWriter.Write(_document, _template);
}
