using System.Globalization;
using VanKien.Checking;
using VanKien.Coverage;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Reporting;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>The pages of what changed in a document: against its previous version in git, and against the year before.</summary>
internal static class ChangePages
{
    internal sealed record Change(string Title, string Page);

    /// <summary>
    /// What changed in a document, as the semantic diff says it: against its previous version in git
    /// (the revision diff), and against the issuing body's document of the same kind dated before it
    /// (the year-to-year diff). Each diff is a page of its own, linked from the document's.
    /// </summary>
    internal static List<Change> Changes(SiteDocument entry, IReadOnlyList<SiteDocument> documents, SortedDictionary<string, string> pages, Dictionary<string, string?> repositories)
    {
        var changes = new List<Change>();
        var path = Path.GetFullPath(entry.Source.Path);
        var current = File.ReadAllBytes(path);
        var newer = new Diffing.DiffSide(Path.GetFileName(path), path, current);
        var folder = Path.GetDirectoryName(path)!;
        if (!repositories.TryGetValue(folder, out var repository)) repositories[folder] = repository = Diffing.GitRepository.TopFolderOrNull(folder);
        if (repository is { } top)
        {
            var relative = Path.GetRelativePath(top, path).Replace('\\', '/');
            if (Diffing.GitRepository.PreviousVersion(top, relative, current) is { } revision)
            {
                var older = new Diffing.DiffSide($"{revision[..7]}:{relative}", path, Diffing.GitRepository.Show(top, revision, relative));
                if (Diffing.DiffRunner.Compare(older, newer).Diff is { } diff)
                {
                    var (page, html) = DiffPage(entry, diff, "phien-ban-truoc", $"Thay đổi so với phiên bản {revision[..7]}");
                    pages[page] = html;
                    changes.Add(new Change($"So với phiên bản trước ({revision[..7]})", page));
                }
            }
        }
        var previous = documents
            .Where(d => d != entry && d.Document.Kind == entry.Document.Kind && d.Document.Frame.Bodies.Issuer.Value == entry.Document.Frame.Bodies.Issuer.Value
                && d.Document.Frame.Date.Value < entry.Document.Frame.Date.Value)
            .OrderByDescending(d => d.Document.Frame.Date.Value).ThenBy(d => d.Page, StringComparer.Ordinal)
            .FirstOrDefault();
        if (previous is not null)
        {
            var title = $"So với {Describe(previous.Document)} ({previous.Document.Frame.Date.Value.Year})";
            var diff = Diffing.DocumentDiffer.Compare(previous.Document, entry.Document, Path.GetFileName(previous.Source.Path), Path.GetFileName(path));
            var (page, html) = DiffPage(entry, diff, "so-voi-" + Path.GetFileNameWithoutExtension(previous.Source.Path), title);
            pages[page] = html;
            changes.Add(new Change(title, page));
        }
        return changes;
    }

    internal static (string Page, string Html) DiffPage(SiteDocument entry, Diffing.DocumentDiff diff, string suffix, string title)
    {
        var page = Path.ChangeExtension(entry.Page, null) + "." + suffix + ".html";
        var main = new HtmlWriter().Element("h1", title).Line();
        DocumentLink(main.Open("p"), page, entry).Close("p").Line();
        main.Element("pre", new Diffing.Formats.DiffTextWriter(color: false).Write(diff), ("class", "thay-doi")).Line();
        return (page, SitePage.Write(page, title, main.ToMarkup(), [("Trang chủ", "index.html"), (Describe(entry.Document), entry.Page), ("Thay đổi", null)]));
    }
}
