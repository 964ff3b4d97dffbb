using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Targets;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Importing;

/// <summary>
/// Measures the importer against hand-made keys of whole real documents: the share of numeric targets
/// structured with their value, of frame fields, of căn cứ and headings found whole, of closings exact,
/// and of the original's lines kept. The keys quote the documents, so they live outside the repository:
/// VANKIEN_IMPORT_KEYS names their folder (one JSON file per document of ../shared/corpus-whole).
/// A measurement, not a gate: it prints the figures and fails only when a key cannot be read.
/// </summary>
public partial class ImportKeyMeasureTests(ITestOutputHelper output)
{
    private static readonly string? KeysFolder = Environment.GetEnvironmentVariable("VANKIEN_IMPORT_KEYS");

    [KeysFact]
    public void Importer_figures_against_hand_keys()
    {
        var files = Directory.GetFiles(KeysFolder!, "*.json").Order(StringComparer.Ordinal).ToList();
        var totals = new Tally();
        var fidelities = new List<double>();
        foreach (var keyFile in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(keyFile));
            var key = json.RootElement;
            var path = Path.Combine(SharedMaterial.CorpusWhole, key.GetProperty("file").GetString()!);
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import(path, File.ReadAllBytes(path), diagnostics);
            var tally = Measure(key, result, File.ReadAllText(path), out var fidelity);
            fidelities.Add(fidelity);
            totals.Add(tally);
            output.WriteLine($"{Path.GetFileName(keyFile),-10} {(result.Document is null ? "REFUSED " : "")}{tally} lines {fidelity:P1}");
            foreach (var miss in tally.Misses) output.WriteLine("    miss: " + miss);
        }
        fidelities.Sort();
        var median = fidelities.Count == 0 ? 0 : fidelities[fidelities.Count / 2];
        output.WriteLine($"TOTAL {totals} lines median {median:P1} worst {(fidelities.Count == 0 ? 0 : fidelities[0]):P1}");
    }

    private static Tally Measure(JsonElement key, Importer.Result result, string original, out double fidelity)
    {
        var tally = new Tally();
        var document = result.Document;
        var source = Fold(result.Source ?? "");
        // Frame fields: each keyed value equal (folded) to the imported one.
        if (key.TryGetProperty("frame", out var frame))
            foreach (var field in frame.EnumerateObject())
            {
                var got = document is null ? null : field.Name switch
                {
                    "loai" => document.Kind,
                    "so" => document.Number,
                    "cap-tren" => document.SuperiorBody,
                    "ban-hanh" => document.IssuingBody,
                    "dia-danh" => document.Place,
                    "ngay" => document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    "trich-yeu" => document.Summary,
                    _ => null,
                };
                tally.Count("frame", Same(got, field.Value.GetString()), $"{field.Name}: want «{field.Value.GetString()}» got «{got}»");
            }
        foreach (var basis in Items(key, "can-cu"))
            tally.Count("căn cứ", document is not null && document.Basis.Any(b => Fold(b).StartsWith(Fold(basis), StringComparison.Ordinal) && Whole(b)),
                $"căn cứ «{basis}»");
        var headings = document?.Body.OfType<DraftHeading>().Select(h => Fold(h.Text).TrimEnd(':')).ToList() ?? [];
        foreach (var heading in Items(key, "headings"))
            tally.Count("heading", headings.Contains(Fold(heading).TrimEnd(':')), $"heading «{heading}»");
        if (key.TryGetProperty("closing", out var closing))
        {
            var exact = document is not null;
            string? Field(string name) => closing.TryGetProperty(name, out var v) ? v.GetString() : null;
            if (document is not null)
            {
                var recipients = Items(closing, "noi-nhan").Select(Fold).ToList();
                exact &= recipients.SequenceEqual(document.Recipients.Select(Fold));
                exact &= Same(document.Authority, Field("tham-quyen")) && Same(document.Position, Field("chuc-vu")) && Same(document.Signer, Field("ho-ten"));
            }
            tally.Count("closing", exact, document is null ? "closing: refused" :
                $"closing: want {Field("tham-quyen")}/{Field("chuc-vu")}/{Field("ho-ten")} + {Items(closing, "noi-nhan").Count()} got {document.Authority}/{document.Position}/{document.Signer} + [{string.Join(" ; ", document.Recipients)}]");
        }
        var targets = document?.Targets.SelectMany(g => g.Targets).Select(t => (Text: Fold(t.Sentence), Value: PhraseParser.Default.Infer(t.Sentence).Value)).ToList() ?? [];
        foreach (var target in key.TryGetProperty("targets", out var list) ? list.EnumerateArray() : default)
        {
            var has = Fold(target.GetProperty("has").GetString()!);
            var num = target.TryGetProperty("num", out var n) ? n.GetString() : null;
            var found = targets.Any(t => t.Text.Contains(has, StringComparison.Ordinal) && t.Value is { } value &&
                                         (num is null || Digits(value.ToString()!).Contains(num, StringComparison.Ordinal)));
            tally.Count("target", found, $"target «{target.GetProperty("has").GetString()}»");
        }
        // Line fidelity: the original's lines whose words the source keeps (spaces and case aside).
        // The lines the compiler writes in its own words (national line, motto, number and date, "Nơi nhận:") aside;
        // a line's own numbering and mark, and its end's punctuation, aside too (the compiler numbers and punctuates).
        var lines = original.Split('\n').Where(l => !FramePatterns.HeaderCells().IsMatch(l) && !FramePatterns.RecipientsLabel().IsMatch(l.Trim()))
            .Select(l => LineEnds().Replace(LineMarks().Replace(Fold(l), ""), "")).Where(l => l.Length > 3).ToList();
        fidelity = lines.Count == 0 ? 1 : lines.Count(l => source.Contains(l, StringComparison.Ordinal)) / (double)lines.Count;
        foreach (var lost in lines.Where(l => !source.Contains(l, StringComparison.Ordinal)).Take(8)) tally.Misses.Add("line lost: " + (lost.Length > 90 ? lost[..90] : lost));
        return tally;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\[[^\]]{1,40}\])?(?:[0-9]+(?:\.[0-9]+)+\.?|[-+•–]+|\(?[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[ivxl]{1,4}[.)\-]|[a-zđ][.)/]|[0-9]+(?:\.[0-9]+)+\.?|phần(?:thứ\p{L}+|[ivx0-9]+)[.:]?|chỉtiêu[0-9]+:)")]
    private static partial System.Text.RegularExpressions.Regex LineMarks();

    [System.Text.RegularExpressions.GeneratedRegex(@"[.,;:/]+$")]
    private static partial System.Text.RegularExpressions.Regex LineEnds();

    private static IEnumerable<string> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(e => e.GetString()!) : [];

    private static bool Same(string? got, string? want) => want is null || got is not null && Fold(got) == Fold(want);

    /// <summary>A căn cứ is whole when it does not stop on a word that needs its object ("… Nghị quyết số").</summary>
    private static bool Whole(string basis) => !basis.TrimEnd().EndsWith(" số", StringComparison.Ordinal) && basis.Length > 20;

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    /// <summary>Spaces, case, markup and the old and new placing of tone marks ("uỷ" / "ủy") aside.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN")))
            if (!char.IsWhiteSpace(c) && c is not ('*' or '\\' or '"' or '\'' or '`' or '|' or '#')) builder.Append(c);
        return builder.ToString().Replace("uỷ", "ủy").Replace("uý", "úy").Replace("uỳ", "ùy").Replace("uỹ", "ũy").Replace("uỵ", "ụy")
            .Replace("oà", "òa").Replace("oá", "óa").Replace("oả", "ỏa").Replace("oã", "õa").Replace("oạ", "ọa")
            .Replace("oè", "òe").Replace("oé", "óe").Replace("oẻ", "ỏe").Replace("–", "-").Replace("“", "").Replace("”", "");
    }

    private sealed class Tally
    {
        private readonly SortedDictionary<string, (int Hit, int All)> _counts = new(StringComparer.Ordinal);
        public List<string> Misses { get; } = [];

        public void Count(string what, bool hit, string miss)
        {
            var (h, a) = _counts.GetValueOrDefault(what);
            _counts[what] = (h + (hit ? 1 : 0), a + 1);
            if (!hit) Misses.Add(miss);
        }

        public void Add(Tally other)
        {
            foreach (var (what, (hit, all)) in other._counts)
            {
                var (h, a) = _counts.GetValueOrDefault(what);
                _counts[what] = (h + hit, a + all);
            }
        }

        public override string ToString() => string.Join("  ", _counts.Select(c => $"{c.Key} {c.Value.Hit}/{c.Value.All}"));
    }

    /// <summary>Runs only where VANKIEN_IMPORT_KEYS names a folder of keys (they quote real documents: never in the repository).</summary>
    private sealed class KeysFactAttribute : FactAttribute
    {
        public KeysFactAttribute([CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
            VisibleSkip.Apply(this, KeysFolder is null || !Directory.Exists(KeysFolder)
                ? "set VANKIEN_IMPORT_KEYS to a folder of hand keys of ../shared/corpus-whole documents to measure the importer"
                : SharedMaterial.SkipReason(["corpus-whole"], []), member, file);
    }
}
