using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Templates;
using VanKien.Diffing.Redline;

namespace VanKien.Diffing;

/// <summary>Reads both sides of a diff (each with its project's scales) and compares them; writes the redline on request.</summary>
public static class DiffRunner
{
    public sealed record Result(DocumentDiff? Diff, Document? Old, Document? New, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Compare(DiffSide older, DiffSide newer)
    {
        var diagnostics = new DiagnosticBag();
        var a = Read(older, diagnostics);
        var b = Read(newer, diagnostics);
        var diff = a is null || b is null ? null : ChildLinks.Mark(DocumentDiffer.Compare(a, b, older.Label, newer.Label), newer.Path, DocumentSet.ForSourcesAt(newer.Path).Set);
        return new Result(diff, a, b, diagnostics.Items);
    }

    public static byte[] Redline(Document older, Document newer, string author)
    {
        var locator = new TemplateLocator();
        return RedlineWriter.Write(older, locator.For(older).Template, newer, locator.For(newer).Template, author);
    }

    private static Document? Read(DiffSide side, DiagnosticBag diagnostics)
    {
        var scales = DocumentSet.ForSourcesAt(side.Path).Set.Scales;
        var read = new DiagnosticBag();
        var document = DocumentReader.Read(side.Path, side.Bytes, read, scales: scales);
        // A git revision has no file on disk: name it as the user did.
        diagnostics.AddRange(read.Items.Select(d => d with { Location = d.Location with { File = side.Label } }));
        return read.HasErrors ? null : document;
    }
}
