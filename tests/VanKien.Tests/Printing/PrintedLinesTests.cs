using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Printing;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Templates;
using VanKien.Tests.Support;
using VanKien.Writing.Docx;
using VanKien.Writing.Plain;

namespace VanKien.Tests.Printing;

/// <summary>
/// One stage decides every printed word: for every sample, the sơ kết report and ten real openings,
/// the DOCX's text read back by pandoc and by VanKien's own reader, the site page's text read by
/// pandoc and textconv's output are the printed document's lines, line for line (title, header
/// block, căn cứ with their punctuation, heading numbers and capitals, markers, tables, recipients
/// and signature). Charts are drawings: their lines are the DOCX's alt text, which pandoc does not
/// read, so pandoc's two readings are held to the lines without them.
/// </summary>
public partial class PrintedLinesTests
{
    /// <param name="Root">The folder the site is built from; the page is <c>van-ban/</c> and the source's path under it.</param>
    private sealed record Case(string Name, string Path, Model.Document Document, string Root);

    private static Case Compiled(string name, string path, string root)
    {
        var compiled = Compiler.CheckSource(path, File.ReadAllBytes(path));
        return new Case(name, path, compiled.Document ?? throw new InvalidOperationException($"{name}: {string.Join("\n", compiled.Diagnostics)}"), root);
    }

    private static IEnumerable<Case> SamplesAndReport()
    {
        foreach (var source in Repo.SampleSources()) yield return Compiled(Repo.SampleName(source), source, Repo.Samples);
        var output = Repo.NewTempFolder();
        var folder = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong");
        var run = CliRun.Run("report", Path.Combine(folder, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", Path.Combine(folder, "ket-qua-2025-2030.yaml"),
            "--kind", "so-ket", "--noi-dung", Path.Combine(folder, "so-ket-2027-noi-dung.md"), "-o", output);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        yield return Compiled("report", Path.Combine(output, "bao-cao-so-ket-2027.md"), output);
    }

    /// <summary>The first ten real openings the importer makes a source of, each as a source file.</summary>
    private static IEnumerable<Case> CorpusDocuments()
    {
        var folder = Repo.NewTempFolder();
        var taken = 0;
        foreach (var file in Directory.GetFiles(SharedMaterial.Corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            if (taken == 10) yield break;
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", File.ReadAllLines(file).Skip(2)));
            var imported = Importer.Import(Path.GetFileName(file), bytes, new DiagnosticBag());
            if (imported.Source is not { } source) continue;
            var path = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".md");
            File.WriteAllText(path, source);
            if (Compiler.CheckSource(path, File.ReadAllBytes(path)).Document is null) continue;
            taken++;
            yield return Compiled(Path.GetFileName(file)[..2], path, folder);
        }
    }

    [ExternalToolFact("pandoc")]
    public void Every_samples_and_the_reports_docx_site_page_and_textconv_are_the_printed_lines() =>
        AllReadersAgree(SamplesAndReport().ToList(), expectedAtLeast: 9);

    [SharedFact("corpus", "pandoc")]
    public void Ten_real_openings_docx_site_page_and_textconv_are_the_printed_lines() =>
        AllReadersAgree(CorpusDocuments().ToList(), expectedAtLeast: 10);

    private static void AllReadersAgree(IReadOnlyList<Case> cases, int expectedAtLeast)
    {
        Assert.True(cases.Count >= expectedAtLeast, $"{cases.Count} documents");
        var work = Repo.NewTempFolder();
        var failures = new List<string>();
        var charted = 0;
        var sites = cases.Select(c => c.Root).Distinct().ToDictionary(root => root, root =>
        {
            var site = Repo.NewTempFolder();
            SiteBuilder.Build(SourceDiscovery.Discover([root]).Sources, new SiteBuilder.Options(site));
            return site;
        });
        foreach (var (name, path, document, root) in cases)
        {
            var template = new TemplateLocator().For(document).Template;
            var printed = Printer.Print(document, template);
            var lines = PlainTextWriter.Lines(printed).ToList();
            var chartLines = printed.Blocks().OfType<PrintedChart>().SelectMany(c => ChartText.Lines(c.Chart)).ToHashSet(StringComparer.Ordinal);
            charted += chartLines.Count > 0 ? 1 : 0;
            var withoutCharts = lines.Where(l => !chartLines.Contains(l)).ToList();

            var docx = Path.Combine(work, name.Replace('/', '_') + ".docx");
            File.WriteAllBytes(docx, DocxWriter.Write(document, template));
            Compare(failures, name, "DocxText", lines, Lines(DocxText.Of(File.ReadAllBytes(docx))));
            Compare(failures, name, "pandoc docx", withoutCharts, PandocLines(docx, "docx"));

            // The site's page of the document, its article alone (the page's navigation and lists are not the document).
            var page = File.ReadAllText(Path.Combine(sites[root], "van-ban", Path.ChangeExtension(Path.GetRelativePath(root, path), ".html")));
            var article = Article().Match(page);
            Assert.True(article.Success, $"{name}: no article on its page");
            var html = Path.Combine(work, name.Replace('/', '_') + ".html");
            File.WriteAllText(html, "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>x</title></head><body>" + PrintedOnly(article.Value) + "</body></html>");
            Compare(failures, name, "pandoc html", withoutCharts, PandocLines(html, "html"));

            var textconv = CliRun.Run("textconv", path);
            Assert.True(textconv.ExitCode == 0, textconv.Error);
            Compare(failures, name, "textconv", lines, Lines(Regex.Replace(textconv.Output, " ⟦[^⟧]*⟧$", "", RegexOptions.Multiline)));
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static void Compare(List<string> failures, string name, string reader, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual)) return;
        var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        failures.Add($"{name} ({reader}): {expected.Count} lines printed, {actual.Count} read; first difference at line {at + 1}:\n" +
            $"  printed: {(at < expected.Count ? expected[at] : "(end)")}\n  read:    {(at < actual.Count ? actual[at] : "(end)")}");
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0)];

    /// <summary>The article without what the page shows beside the text: notes (diagnostics, a target's id) and the charts' drawings.</summary>
    private static string PrintedOnly(string article) =>
        SvgElement().Replace(NoteElement().Replace(article, ""), "");

    [GeneratedRegex(@"<(p|span) class=""[^""]*\bchu-thich\b[^""]*""[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex NoteElement();

    [GeneratedRegex(@"<article\b.*?</article>", RegexOptions.Singleline)]
    private static partial Regex Article();

    [GeneratedRegex(@"<figure class=""bieu-do"">.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    /// <summary>
    /// A file read by pandoc into its AST, as lines the way the printed text counts them: a paragraph or
    /// heading a line; a table's row, or a row of two-column blocks (the site's "hang"), its cells
    /// joined by " | " and a cell's paragraphs by " / "; a line break a space; empty lines left out.
    /// </summary>
    private static List<string> PandocLines(string file, string from)
    {
        var result = ExternalTool.Run("pandoc", ["-f", from, "-t", "json", file]);
        Assert.True(result.ExitCode == 0, $"pandoc: {result.Error}");
        var lines = new List<string>();
        foreach (var block in JsonNode.Parse(result.Output)!["blocks"]!.AsArray()) lines.AddRange(BlockLines(block!));
        return [.. lines.Select(l => l.Replace('\u00A0', ' ')).Where(l => l.Trim().Length > 0)];
    }

    private static IEnumerable<string> BlockLines(JsonNode block)
    {
        var type = (string)block["t"]!;
        var c = block["c"];
        switch (type)
        {
            case "Para" or "Plain":
                return [Inlines(c!.AsArray())];
            case "Header":
                return [Inlines(c![2]!.AsArray())];
            case "BlockQuote":
                return c!.AsArray().SelectMany(b => BlockLines(b!));
            case "Div":
                var classes = c![0]![1]!.AsArray().Select(x => (string)x!).ToList();
                var children = c[1]!.AsArray().Select(b => b!).ToList();
                if (classes.Contains("hang"))
                    return [Row(children.Select(cell => cell["c"]![1]!.AsArray().SelectMany(b => BlockLines(b!))))];
                return children.SelectMany(BlockLines);
            case "Table":
                var head = c![3]![1]!.AsArray();
                var bodies = c[4]!.AsArray().SelectMany(body => body![2]!.AsArray().Concat(body[3]!.AsArray()));
                var foot = c[5]![1]!.AsArray();
                return head.Concat(bodies).Concat(foot).Select(row => Row(row![1]!.AsArray().Select(cell => cell![4]!.AsArray().SelectMany(b => BlockLines(b!)))));
            case "BulletList" or "OrderedList":
                var items = type == "OrderedList" ? c![1]!.AsArray() : c!.AsArray();
                return items.SelectMany(item => item!.AsArray().SelectMany(b => BlockLines(b!)));
            default:
                return [];
        }
    }

    private static string Row(IEnumerable<IEnumerable<string>> cells) =>
        string.Join(" | ", cells.Select(cell => string.Join(" / ", cell.Where(p => p.Length > 0))));

    private static string Inlines(JsonArray inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines)
        {
            var c = inline!["c"];
            switch ((string)inline["t"]!)
            {
                case "Str": text.Append((string)c!); break;
                case "Space" or "SoftBreak" or "LineBreak": text.Append(' '); break;
                case "Emph" or "Strong" or "Underline" or "Strikeout" or "SmallCaps" or "Superscript" or "Subscript": text.Append(Inlines(c!.AsArray())); break;
                case "Span": text.Append(Inlines(c![1]!.AsArray())); break;
                case "Link": text.Append(Inlines(c![1]!.AsArray())); break;
                case "Quoted":
                    var mark = (string)c![0]!["t"]! == "SingleQuote" ? "'" : "\"";
                    text.Append(mark).Append(Inlines(c[1]!.AsArray())).Append(mark);
                    break;
                case "Code": text.Append((string)c![1]!); break;
            }
        }
        return text.ToString();
    }
}
