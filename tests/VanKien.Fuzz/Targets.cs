using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Fuzz;

/// <summary>
/// What the fuzzer feeds: one input, one target. Every input must end in a result or in diagnostics;
/// any exception that escapes is a crash (AFL++ saves the input), as is an input that runs past the
/// fuzzer's time-out (a hang). The tests replay the saved corpus through the same targets.
/// </summary>
public static class Targets
{
    public static readonly string[] Names = ["source", "import-text", "import-docx"];

    public static void Run(string target, byte[] input)
    {
        var diagnostics = new DiagnosticBag();
        switch (target)
        {
            case "source":
                // The reader and every check, as `check` runs them on one file (no parent on disk).
                var result = Compiler.CheckSource("/fuzz/van-ban.md", input);
                if (result.Document is null && result.Diagnostics.Count == 0) throw new InvalidOperationException("no document and no diagnostic");
                break;
            case "import-text":
                Importer.Import("/fuzz/van-ban.txt", input, diagnostics);
                break;
            case "import-docx":
                // The DOCX gate (sizes, ratio, DTD) and the line reader behind it.
                Importer.Import("/fuzz/van-ban.docx", input, diagnostics);
                break;
            default:
                throw new ArgumentException($"unknown target '{target}'; targets: {string.Join(", ", Names)}");
        }
    }
}
