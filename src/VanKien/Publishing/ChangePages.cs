using VanKien.Model;
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
            var title = $"So với {Describe(previous)} ({previous.Document.Frame.Date.Value.Year})";
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
        Render(main, diff);
        return (page, SitePage.Write(page, title, main.ToMarkup(), [(Describe(entry), entry.Page), ("Thay đổi", null)]));
    }

    /// <summary>
    /// What changed, for people: the summary; the targets in a table (added, removed, raised, lowered …,
    /// each in words and colour, the value before and after in words); the groups; the frame's fields
    /// before and after; the body's paragraphs with the words struck out and put in.
    /// </summary>
    internal static void Render(HtmlWriter main, Diffing.DocumentDiff diff)
    {
        main.Element("p", Diffing.Formats.DiffLabels.Summary(diff), ("class", "tom-tat-thay-doi")).Line();
        if (diff.IsEmpty) return;
        if (diff.Targets.Count > 0)
        {
            main.Element("h2", "Chỉ tiêu").Line().Open("div", ("class", "bang")).Open("table", ("class", "thay-doi xep")).Line().Open("thead").Open("tr");
            foreach (var heading in new[] { "Chỉ tiêu", "Thay đổi", "Trước", "Sau" }) main.Element("th", heading, ("scope", "col"));
            main.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var change in diff.Targets)
            {
                main.Open("tr", ("class", "tt-" + KindClass(change.Kind))).Element("th", change.Id, ("scope", "row"))
                    .Open("td", ("data-nhan", "Thay đổi")).Text(Diffing.Formats.DiffLabels.Symbol(change.Kind) + " " + Diffing.Formats.DiffLabels.Vietnamese(change.Kind));
                if (change.Detail.Length > 0) main.Element("span", " — " + change.Detail, ("class", "chi-tiet"));
                foreach (var link in change.BrokenLinks) main.Open("br").Text(link);
                main.Close("td");
                TargetCell(main, change.Old, "Trước");
                TargetCell(main, change.New, "Sau");
                main.Close("tr").Line();
            }
            main.Close("tbody").Line().Close("table").Close("div").Line();
        }
        if (diff.Groups.Count > 0)
        {
            main.Element("h2", "Nhóm chỉ tiêu").Line().Open("ul").Line();
            foreach (var change in diff.Groups) main.Element("li", Diffing.Formats.DiffLabels.Describe(change)).Line();
            main.Close("ul").Line();
        }
        if (diff.Frame.Count > 0)
        {
            main.Element("h2", "Khung văn bản").Line().Open("ul").Line();
            foreach (var change in diff.Frame)
            {
                main.Open("li").Element("b", change.Field).Text(": ");
                if (change.Old is { } old) main.Element("del", old);
                if (change.Old is not null && change.New is not null) main.Text(" → ");
                if (change.New is { } now) main.Element("ins", now);
                main.Close("li").Line();
            }
            main.Close("ul").Line();
        }
        if (diff.Prose.Count > 0)
        {
            main.Element("h2", "Nội dung").Line().Open("ul", ("class", "noi-dung-doi")).Line();
            foreach (var change in diff.Prose)
            {
                main.Open("li");
                if (change.Section.Length > 0) main.Element("span", change.Section + ": ", ("class", "vi-tri-doi"));
                switch (change.Kind)
                {
                    case Diffing.ProseChangeKind.Added:
                        main.Text("thêm ").Element("ins", Diffing.Formats.DiffLabels.Element(change, change.New!));
                        break;
                    case Diffing.ProseChangeKind.Removed:
                        main.Text("bỏ ").Element("del", Diffing.Formats.DiffLabels.Element(change, change.Old!));
                        break;
                    case Diffing.ProseChangeKind.Moved:
                        main.Text("chuyển chỗ: " + Diffing.Formats.DiffLabels.Element(change, change.New!) + Diffing.Formats.DiffLabels.Moved(change));
                        break;
                    default:
                        if (change.IsHeading) main.Text("đề mục: ");
                        foreach (var piece in change.Words)
                        {
                            if (piece.Kind == Diffing.EditKind.Delete) main.Element("del", piece.Text);
                            else if (piece.Kind == Diffing.EditKind.Insert) main.Element("ins", piece.Text);
                            else main.Text(piece.Text);
                        }
                        break;
                }
                main.Close("li").Line();
            }
            main.Close("ul").Line();
        }
    }

    private static void TargetCell(HtmlWriter main, Target? target, string side)
    {
        main.Open("td", ("data-nhan", side));
        if (target is not null)
        {
            main.Text(target.Sentence.Value);
            if (target.Value is { } value) TargetsPage.ValueWords(main.Text(" — "), value);
        }
        main.Close("td");
    }

    private static string KindClass(Diffing.TargetChangeKind kind) => kind switch
    {
        Diffing.TargetChangeKind.Added => "them",
        Diffing.TargetChangeKind.Removed => "bo",
        Diffing.TargetChangeKind.Raised => "nang",
        Diffing.TargetChangeKind.Lowered => "ha",
        _ => "khac",
    };
}
