using VanKien.Diagnostics;
using VanKien.Reading;

namespace VanKien.Importing;

/// <summary>
/// One import over a file or a folder: each legacy document read through the file gate and
/// imported, and its source written whole under the output folder at the same relative path —
/// never over an existing source unless asked, never when the import found an error.
/// </summary>
public static class ImportRun
{
    /// <summary>A document to import and the path its source takes under the output folder.</summary>
    public sealed record Input(string Path, string Relative);

    /// <summary>What became of one input: its source's path and, when written, the document read.</summary>
    public sealed record Outcome(string Path, string Target, ImportedDocument? Document);

    public sealed record Result(IReadOnlyList<Outcome> Outcomes, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public int Imported => Outcomes.Count(o => o.Document is not null);

        public int Refused => Outcomes.Count(o => o.Document is null);
    }

    /// <summary>The file, or every importable file under the folder; null when the path does not exist.</summary>
    public static IReadOnlyList<Input>? Inputs(string from)
    {
        if (File.Exists(from)) return [new Input(from, System.IO.Path.GetFileName(from))];
        if (!Directory.Exists(from)) return null;
        return SafeFolder.Files(from, Importer.CanImport).Select(path => new Input(path, System.IO.Path.GetRelativePath(from, path))).ToList();
    }

    private static string TargetOf(string outputFolder, string relative) =>
        System.IO.Path.Combine(outputFolder, System.IO.Path.ChangeExtension(relative, ".md"));

    /// <summary>
    /// Imports each input in turn. Written into a project, documents are held to its limits (gioi-han),
    /// as its build will hold them: each document's time is bounded by the project's, else the default.
    /// </summary>
    public static Result Run(IReadOnlyList<Input> inputs, string outputFolder, bool overwrite, Supplement? supplement)
    {
        var limits = Project.ProjectFileReader.Find(System.IO.Path.GetFullPath(outputFolder)) is { } project
            ? Project.ProjectFileReader.Read(project, new DiagnosticBag()).Limits : null;
        var diagnostics = new List<Diagnostic>();
        var outcomes = new List<Outcome>();
        // Inputs that would write one source (van-ban.docx and van-ban.txt): neither is written, as build
        // does with sources that map to one output — with --ghi-de the second would replace the first.
        var byTarget = inputs.GroupBy(i => TargetOf(outputFolder, i.Relative), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var (path, relative) in inputs)
        {
            var target = TargetOf(outputFolder, relative);
            var local = new DiagnosticBag();
            if (byTarget.TryGetValue(target, out var sharing))
            {
                local.Add(Rules.OutputCollision, SourceLocation.StartOf(path),
                    $"'{path}' và {string.Join(", ", sharing.Where(o => o.Path != path).Select(o => $"'{o.Path}'"))} cùng nhập ra '{target}'; không nhập tệp nào trong số đó",
                    "đổi tên một tệp, hoặc nhập từng tệp với '-o' riêng");
                diagnostics.AddRange(local.Items);
                outcomes.Add(new Outcome(path, target, null));
                continue;
            }
            Importer.Result imported;
            var file = SafeFile.Read(path, DocxPackage.Limits.Default.MaxFileBytes + 1);
            if (file.Bytes is not { } bytes)
            {
                local.Add(file.TooLarge ? Rules.ImportTooLarge : Rules.Io, SourceLocation.StartOf(path), file.Refusal ?? "không đọc được tệp");
                imported = new Importer.Result(null, null, 0);
            }
            else if (File.Exists(target) && !overwrite)
            {
                local.Add(Rules.ImportTargetExists, SourceLocation.StartOf(path), $"đã có {target}: không ghi đè", "thêm --ghi-de để ghi đè");
                imported = new Importer.Result(null, null, 0);
            }
            else imported = Importer.Import(path, bytes, local, supplement, readerLimits: limits);

            diagnostics.AddRange(local.Items);
            if (imported.Source is null || local.HasErrors)
            {
                outcomes.Add(new Outcome(path, target, null));
                continue;
            }
            // Written through the one reported write: a refusal of the disk is VK0901 at the input, which then counts as not imported.
            var written = new DiagnosticBag();
            var whole = Building.AtomicFile.WriteReported(target, System.Text.Encoding.UTF8.GetBytes(imported.Source), written, SourceLocation.StartOf(path));
            diagnostics.AddRange(written.Items);
            outcomes.Add(new Outcome(path, target, whole ? imported.Document : null));
        }
        return new Result(outcomes, diagnostics);
    }
}
