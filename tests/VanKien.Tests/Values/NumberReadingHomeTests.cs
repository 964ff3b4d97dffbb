using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.Values;

/// <summary>
/// Numbers are read in one place: the values area (src/VanKien/Values/). Every other source file
/// that parses a number or matches digits is listed here with what its digits are — a year, a
/// document number, a page size — never a target's value. A new file that reads numbers fails.
/// </summary>
public partial class NumberReadingHomeTests
{
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["VanKien.Cli/Vietnamese/ParseErrorText.cs"] = "placeholders ({0}) of System.CommandLine's messages",
        ["VanKien/Building/AtomicFile.cs"] = "the process id in VanKien's own temporary names",
        ["VanKien/Building/Shard.cs"] = "a shard's K/N on the command line (machine settings, invariant)",
        ["VanKien/Checking/FrameChecks/NumberAndSymbolForm.cs"] = "a document's number and symbol (05-CTr/CB)",
        ["VanKien/Checking/FrameChecks/NumbersInDateOrder.cs"] = "a document number's sequence and type (05-CTr/CB)",
        ["VanKien/Checking/References/DocumentNumbers.cs"] = "document numbers in căn cứ",
        ["VanKien/Importing/DocxLineReader.cs"] = "Word's heading level in a style name (heading 2)",
        ["VanKien/Importing/FramePatterns.cs"] = "dates, document numbers and list numbering of imported text",
        ["VanKien/Importing/HardWraps.cs"] = "list and heading markers (1., 2.1., (1)) that open a line of their own in imported text",
        ["VanKien/Importing/Recognizer.Closing.cs"] = "a page's number left between the recipients and the signature of imported text",
        ["VanKien/Importing/TargetSection.cs"] = "an imported item's own mark (Chỉ tiêu 1:, (1), 1)); its value is read by the phrase parser",
        ["VanKien/Importing/ImportableText.cs"] = "the sequence before a header number's kind symbol (445-KL/TU)",
        ["VanKien/Importing/PlainTextLineReader.cs"] = "a date broken over lines (\"ngày 13\" / \"tháng 7 năm 2021\") joined back, and the items of a list run into one line (1. … 2. …)",
        ["VanKien/Importing/SpelledHeadings.cs"] = "the count in a heading label a template spells out (Điều 3.) in imported text",
        ["VanKien/Importing/Recognizer.cs"] = "the years of a term in imported text",
        ["VanKien/Importing/Recognizer.Body.cs"] = "list and heading numbering and parts' ordinals of imported text",
        ["VanKien/Importing/Recognizer.Frame.cs"] = "dates, blank dates and number sequences of an imported header",
        ["VanKien/Model/Term.cs"] = "the years of a term (2025-2030)",
        ["VanKien/Project/ProjectFileReader.cs"] = "the limits of vankien.yaml (machine settings, invariant)",
        ["VanKien/Reading/FrontMatterReader.cs"] = "a deadline year (han)",
        ["VanKien/Reading/YamlMap.cs"] = "ISO dates (ngay)",
        ["VanKien/Results/Evaluator.cs"] = "the number in a level's name (mức độ 2)",
        ["VanKien/Results/Measured.cs"] = "a rank's place (hạng 3); amounts go through Values",
        ["VanKien/Results/ResultsReader.cs"] = "a year as a key of results",

        ["VanKien/Text/NoBreakGroups.cs"] = "the numbers a printed line must keep with their words (nhiệm kỳ 2025 - 2030, ngày 22 tháng 12 năm 2027)",
        ["VanKien/Text/VietnameseDate.cs"] = "a date in the words the compiler prints (\"ngày 01 tháng 10 năm 2025\"), read back for a reviewer's change to it",
        ["VanKien/Reviewing/SourceEdit.cs"] = "a numbered item's marker (1. or 1)), and whether replaced words are a number a target's value holds",
        ["VanKien/Reviewing/SourceLayout.cs"] = "the number at the end of a target id's series (t-09 → t-10)",
        ["VanKien/Schema/JsonSchemas.cs"] = "date and term patterns of the JSON Schema",
        ["VanKien/Project/SigningSettings.cs"] = "a seal's diameter in millimetres (co-dau), a physical size, not an amount",
        ["VanKien/Signing/PdfSignatures.cs"] = "a signature's /ByteRange (byte offsets in the PDF), a widget's /Rect",
        ["VanKien/Signing/SignatureAppearance.cs"] = "the page margin in twips a destination's name carries (VanKienPhuLucLePhai1134)",
        ["VanKien/Signing/PdfStructure.cs"] = "a PDF's cross-reference offsets, object numbers and generations, and the coordinates of its destinations and page boxes",
        ["VanKien/Signing/PdfSyntax.cs"] = "PDF object references (12 0 R)",
        ["VanKien/Standard/NumberForms.cs"] = "the sequence of a document's number and symbol (05-CTr/CB)",
        ["VanKien/Targets/PhraseParser.cs"] = "ranks, level numbers and years; amounts go through Values",
        ["VanKien/Targets/ValueParser.cs"] = "ranks, level numbers and milestone years; amounts go through Values",
        ["VanKien/Writing/Docx/ReferenceDocument.cs"] = "page sizes in twips of a reference DOCX",
        ["VanKien/Writing/Pdf/PdfConverters.cs"] = "the machine's available memory (MemAvailable in /proc/meminfo), for the number of LibreOffices",
        ["VanKien/Writing/Source/SourceSyntax.cs"] = "what Markdown would read as a numbered list (a leading 1. or 1))",
        ["VanKien/Writing/Source/SourceWriter.cs"] = "what YAML would read as a date, written plain",
    };

    [GeneratedRegex(@"(decimal|double|int|long|float|short|byte)\.(Try)?Parse\(|AsciiDigits\.Parse|\\d|\[0-9\]")]
    private static partial Regex ReadsNumbers();

    [Fact]
    public void Only_the_values_area_reads_numbers_and_every_other_place_says_why_it_matches_digits()
    {
        var src = Path.Combine(Repo.Root, "src");
        var readers = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => Path.GetRelativePath(src, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("VanKien/Values/", StringComparison.Ordinal))
            .Where(f => ReadsNumbers().IsMatch(File.ReadAllText(Path.Combine(src, f))))
            .Order(StringComparer.Ordinal)
            .ToList();
        var unexplained = readers.Where(f => !Allowed.ContainsKey(f)).ToList();
        Assert.True(unexplained.Count == 0, $"reads numbers outside Values/: {string.Join(", ", unexplained)}");
        var stale = Allowed.Keys.Where(f => !readers.Contains(f)).ToList();
        Assert.True(stale.Count == 0, $"no longer reads numbers (remove from the list): {string.Join(", ", stale)}");
        Assert.True(File.ReadAllText(Path.Combine(src, "VanKien", "Values", "VietnameseNumber.cs")).Contains("decimal.TryParse", StringComparison.Ordinal));
    }
}
