using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Writing.Docx;

namespace VanKien.Reviewing;

/// <summary>
/// The source a reviewed DOCX came from, found by the provenance VanKien wrote into it at build time.
/// The DOCX comes back from a reviewer, so its provenance is only a hint: a path inside a project the
/// user could have named — the one around the working folder, or the one holding the DOCX — never
/// absolute, never climbing out with "..", never through a link that leads out of that project, and
/// only a VanKien source whose number is the DOCX's. A hint that leads out is refused (VK0806) before
/// any byte of the file it names is read, so nothing of a file the user did not name is printed
/// (a diagnostic shows the line it points at) or written.
/// </summary>
internal static class ReviewSource
{
    /// <summary>A source found, and the project folder its reads and writes stay in (null: the user named it).</summary>
    public sealed record Found(string Path, string? Root);

    public static Found? Find(ReviewedDocx reviewed, string reviewedPath, string working, DiagnosticBag diagnostics, SourceLocation at)
    {
        var roots = Roots(reviewedPath, working);
        var number = reviewed.Properties.GetValueOrDefault(Provenance.NumberName) ?? "";
        var hint = reviewed.Properties.GetValueOrDefault(Provenance.SourceName) ?? "";
        (string Path, string Number)? otherNumber = null;
        if (hint.Length > 0)
        {
            if (LeadsOut(hint) is { } why)
                return Refuse(diagnostics, at, hint, why);
            foreach (var root in roots)
            {
                var candidate = Path.GetFullPath(Path.Combine(root, hint));
                if (FileKinds.Of(candidate) == FileKind.Missing) continue;
                if (!SafeFile.IsUnder(SafeFile.RealPath(candidate), SafeFile.RealPath(root)))
                    return Refuse(diagnostics, at, hint, "dẫn qua liên kết ra ngoài dự án");
                if (FileKinds.Of(candidate) != FileKind.Regular || !SourceDiscovery.IsSource(candidate))
                    return Refuse(diagnostics, at, hint, "không phải tệp nguồn VanKien");
                var own = NumberOf(candidate, root);
                if (own == number) return new Found(candidate, root);
                otherNumber ??= (candidate, own ?? "?");
            }
        }
        // The source moved or was renamed (or the name now holds another document): the one source of these projects with the DOCX's number.
        var numbered = number.Length == 0 ? [] : roots
            .SelectMany(root => SourceDiscovery.Discover([root]).Sources.Select(source => (Path: Path.GetFullPath(source.Path), Root: root)))
            .Where(source => NumberOf(source.Path, source.Root) == number)
            .DistinctBy(source => source.Path).ToList();
        if (numbered.Count == 1)
        {
            diagnostics.Add(Rules.ReviewSourceChanged, SourceLocation.StartOf(numbered[0].Path),
                $"không còn '{Shown(hint)}' mà bản này được dựng từ đó: nguồn số {number} được tìm theo số văn bản");
            return new Found(numbered[0].Path, numbered[0].Root);
        }
        diagnostics.Add(Rules.ReviewSourceUnknown, at,
            otherNumber is { } other ? $"'{Shown(hint)}' trong dự án là văn bản số {other.Number}, không phải số {Shown(number)} của bản này; không có nguồn nào mang số {Shown(number)}"
            : hint.Length > 0 ? $"không tìm thấy nguồn '{Shown(hint)}' mà bản này được dựng từ đó"
            : "bản DOCX không có dấu nguồn của VanKien (VanKien.Source): không phải do 'vankien build' dựng",
            "chỉ ra tệp nguồn bằng '--source'");
        return null;
    }

    /// <summary>The projects a user could have named: around the working folder and around the DOCX; with neither, the working folder.</summary>
    private static List<string> Roots(string reviewedPath, string working)
    {
        var projects = new[] { working, Path.GetDirectoryName(Path.GetFullPath(reviewedPath))! }
            .Select(folder => Project.ProjectFileReader.Find(folder) is { } project ? Path.GetDirectoryName(project)! : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return projects.Count > 0 ? projects : [Path.GetFullPath(working)];
    }

    /// <summary>Why a hint leads out by its words alone (absolute, "..", a Windows drive, a control character), or null.</summary>
    private static string? LeadsOut(string hint)
    {
        if (hint.Any(char.IsControl)) return "chứa ký tự điều khiển";
        if (Path.IsPathRooted(hint) || hint.StartsWith('/') || hint.StartsWith('\\') || hint.Length > 1 && hint[1] == ':') return "là đường dẫn tuyệt đối";
        if (hint.Split('/', '\\').Contains("..")) return "trèo ra ngoài dự án ('..')";
        return null;
    }

    private static Found? Refuse(DiagnosticBag diagnostics, SourceLocation at, string hint, string why)
    {
        diagnostics.Add(Rules.ReviewSourceOutside, at,
            $"dấu nguồn '{Shown(hint)}' trong bản DOCX {why}: không đọc, không ghi tệp đó; bản DOCX từ người duyệt chỉ được trỏ tới nguồn trong dự án",
            "chỉ ra tệp nguồn bằng '--source'");
        return null;
    }

    /// <summary>The number of the source at <paramref name="path"/>, read only if it stays inside <paramref name="root"/>; null when it does not read.</summary>
    private static string? NumberOf(string path, string root) =>
        DocumentReader.ReadFile(path, new DiagnosticBag(), projectRoot: root)?.Frame.Number.Value;

    /// <summary>Words from the DOCX said back without a control character: a reviewer's file does not drive the terminal.</summary>
    private static string Shown(string words) =>
        string.Concat(words.Take(200).Select(c => char.IsControl(c) ? '?' : c));
}
