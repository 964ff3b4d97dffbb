using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Reviewing;
using VanKien.Tests.Support;

namespace VanKien.Benchmarks;

/// <summary>
/// How the time of the hostile shapes grows: each case at n and at 4n, interleaved, the median of
/// several runs of each; a ratio near 4 is linear, near 16 quadratic. Pandoc reading the same list
/// as Markdown, at both sizes, is the peer measured in the same run. The tests hold the same shapes
/// to bytes allocated (Robustness/NestingAndGrowthTests), which load does not change.
/// Usage: dotnet run -c Release --project tests/VanKien.Benchmarks -- growth [RUNS]
/// </summary>
internal static class GrowthBenchmark
{
    private sealed record Case(string Name, int Small, Func<int, Action> Prepare);

    public static int Run(int runs)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"vankien-growth-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            Case[] cases =
            [
                new("review: one change cut into n runs", 4_000, n => { var docx = HostileDocx.OneChangeOverRuns(n); return () => ReviewedDocx.Read("a.docx", docx, new DiagnosticBag()); }),
                new("review: n open comment ranges", 1_500, n => { var docx = HostileDocx.UnclosedRanges(n); return () => ReviewedDocx.Read("a.docx", docx, new DiagnosticBag()); }),
                new("review --apply: n changed paragraphs", 200, n => ReviewOf(folder, n)),
                new("textconv: n paragraphs nested 200 deep", 100, n => { var docx = Nested(n); return () => VanKien.Diffing.ReadableText.FromDocx("a.docx", docx, new DiagnosticBag()); }),
                new("import: n list lines", 20_000, n => { var text = ListLines(n); return () => Importer.Import("a.txt", text, new DiagnosticBag()); }),
                new("peer: pandoc reading the n list lines", 20_000, n => Pandoc(folder, n)),
            ];
            Console.WriteLine($"{"case",-42} {"n",8} {"t(n) ms",10} {"t(4n) ms",10} {"ratio",6}");
            foreach (var @case in cases)
            {
                var small = @case.Prepare(@case.Small);
                var large = @case.Prepare(4 * @case.Small);
                small(); large(); // warm
                var (a, b) = (new List<double>(), new List<double>());
                for (var i = 0; i < runs; i++)
                {
                    a.Add(Time(small));
                    b.Add(Time(large));
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{@case.Name,-42} {@case.Small,8} {Median(a),10:0.0} {Median(b),10:0.0} {Median(b) / Median(a),6:0.0}"));
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static byte[] ListLines(int count)
    {
        var text = new StringBuilder("ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ TRƯỜNG MẦM NON\nSố 01-CTr/CB\nHưng An, ngày 05 tháng 8 năm 2025\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nI. MỤC TIÊU\n");
        for (var i = 0; i < count; i++) text.Append(CultureInfo.InvariantCulture, $"- Nội dung công việc số {i} của chi bộ trong nhiệm kỳ;\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static Action Pandoc(string folder, int count)
    {
        var path = Path.Combine(folder, $"list-{count}.md");
        File.WriteAllBytes(path, ListLines(count));
        return () =>
        {
            using var process = Process.Start(new ProcessStartInfo("pandoc", ["-f", "markdown", "-t", "plain", path]) { RedirectStandardOutput = true })!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        };
    }

    /// <summary>n paragraphs, each a run nested 200 deep (under the gate's bound).</summary>
    private static byte[] Nested(int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append("<w:p>");
            for (var d = 0; d < 200; d++) body.Append("<w:r>");
            body.Append(CultureInfo.InvariantCulture, $"<w:t>Đoạn {i}</w:t>");
            for (var d = 0; d < 200; d++) body.Append("</w:r>");
            body.Append("</w:p>");
        }
        return HostileDocx.Package(body.ToString());
    }

    /// <summary>A source of n body paragraphs and its DOCX with a word replaced in each (its number beside it, so each is found once); the review run, dry.</summary>
    private static Action ReviewOf(string folder, int count)
    {
        var dir = Path.Combine(folder, $"review-{count}");
        Directory.CreateDirectory(dir);
        var source = Path.Combine(dir, "ctr.md");
        var text = new StringBuilder(File.ReadAllText(Path.Combine(Repo(), "tests", "VanKien.Tests", "Fixtures", "diff", "revision-old.md")).Replace(", cha: CT-01", "", StringComparison.Ordinal));
        for (var i = 0; i < count; i++) text.Append(CultureInfo.InvariantCulture, $"\nĐoạn thứ {i} của chương trình có chữ cũ số {i}.\n");
        File.WriteAllText(source, text.ToString());
        var docx = VanKien.Building.Compiler.Build(source).Docx!;
        var changed = Docx.ReplaceEach(docx, "chữ cũ số", "chữ ", "cũ", "mới", " số");
        var reviewed = Path.Combine(dir, "duyet.docx");
        File.WriteAllBytes(reviewed, changed);
        return () =>
        {
            var result = ReviewRun.Run(new ReviewRun.Request(reviewed, source));
            if (result.Changes < count) throw new InvalidOperationException($"{result.Changes} of {count} changes placed");
        };
    }

    private static string Repo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        throw new InvalidOperationException("not inside the repository");
    }

    /// <summary>DOCX edits for the benchmark's inputs.</summary>
    private static class Docx
    {
        /// <summary>Every run text holding <paramref name="phrase"/> split into: before, a deletion of <paramref name="deleted"/> and an insertion of <paramref name="inserted"/>, after.</summary>
        public static byte[] ReplaceEach(byte[] docx, string phrase, string before, string deleted, string inserted, string after)
        {
            using var stream = new MemoryStream();
            stream.Write(docx);
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry("word/document.xml")!;
                string xml;
                using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
                entry.Delete();
                var id = 1000;
                xml = xml.Replace(phrase, $"{before}</w:t></w:r><w:del w:id=\"X\" w:author=\"A\"><w:r><w:delText>{deleted}</w:delText></w:r></w:del><w:ins w:id=\"X\" w:author=\"A\"><w:r><w:t>{inserted}</w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">{after}", StringComparison.Ordinal);
                xml = Regex.Replace(xml, "w:id=\"X\"", _ => $"w:id=\"{id++}\"");
                using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
                writer.Write(xml);
            }
            return stream.ToArray();
        }
    }
}
