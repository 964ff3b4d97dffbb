using System.Globalization;
using VanKien.Diagnostics;
using VanKien.Reporting;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>The results: per committee and year, a dashboard of its cells' verdicts, and a page per cell.</summary>
internal static class ResultsPages
{
    internal sealed record CellPage(string Program, int Year, string Page);

    internal sealed record Dashboard(SiteDocument Parent, int Year, string Page, RollUp.Table Table, IReadOnlyList<CellPage> Cells);

    /// <summary>For each committee with cells that report results: a dashboard per year and a page per cell and year.</summary>
    internal static List<Dashboard> Dashboards(IReadOnlyList<SiteDocument> documents, ILookup<string, SiteDocument> children, IReadOnlyList<string> folders, SortedDictionary<string, string> pages)
    {
        var dashboards = new List<Dashboard>();
        if (folders.Count == 0) return dashboards;
        var resultSets = ResultsFiles.In(folders).Select(f => ResultsReader.Read(f, new DiagnosticBag())).OfType<ResultSet>()
            .GroupBy(r => r.ProgramPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byPath = documents.ToDictionary(d => Path.GetFullPath(d.Source.Path), StringComparer.Ordinal);
        var names = new ResultsPageNames();
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            var gathered = Gather(parent, children[parent.Source.Path].ToList(), resultSets);
            if (gathered.ResultFiles == 0) continue;
            var years = gathered.Cells.Where(c => c.Results is not null).SelectMany(c => c.Results!.Entries).SelectMany(e => e.Values)
                .Select(v => v.Year).OfType<int>().Distinct().Order().ToList();
            var dashboardPages = years.ToDictionary(y => y, y => names.For("dashboard", parent.Page, y));
            foreach (var year in years)
            {
                var table = RollUp.Compute(gathered.Parent, gathered.Cells, year);
                var page = dashboardPages[year];
                var cells = new List<CellPage>();
                foreach (var (child, results) in gathered.Cells)
                {
                    if (results is null) continue;
                    var childEntry = byPath[Path.GetFullPath(child.SourcePath)];
                    var cellPage = names.For("cell", childEntry.Page, year);
                    pages[cellPage] = CellResults(cellPage, childEntry, results, year, page);
                    cells.Add(new CellPage(Path.GetFullPath(child.SourcePath), year, cellPage));
                }
                var dashboard = new Dashboard(parent, year, page, table, cells);
                dashboards.Add(dashboard);
                pages[page] = DashboardPage(dashboard, dashboardPages);
            }
        }
        return dashboards;
    }

    /// <summary>A committee's cells with their results, as <see cref="RollUp.Gather"/> finds them, from the documents this run has read.</summary>
    internal static RollUp.Gathered Gather(SiteDocument parent, IReadOnlyList<SiteDocument> children, IReadOnlyDictionary<string, ResultSet> results)
    {
        var cells = children.Select(c => c.Document).OrderBy(c => c.Frame.Bodies.Issuer.Value, StringComparer.Ordinal)
            .Select(c => (c, results.GetValueOrDefault(Path.GetFullPath(c.SourcePath)))).ToList();
        var found = cells.Select(c => c.Item2).OfType<ResultSet>().ToList();
        var latest = found.SelectMany(r => r.Entries).SelectMany(e => e.Values).Select(v => v.Year ?? 0).DefaultIfEmpty(0).Max();
        return new RollUp.Gathered(parent.Document, cells, found.Count, latest);
    }

    internal static string DashboardPage(Dashboard dashboard, IReadOnlyDictionary<int, string> years)
    {
        var page = dashboard.Page;
        var table = dashboard.Table;
        var main = new HtmlWriter().Open("h1").Text("Kết quả các đơn vị năm ").Number(dashboard.Year).Close("h1").Line().Open("p").Text("Thực hiện ");
        DocumentLink(main, page, dashboard.Parent).Text(". Năm khác: ");
        foreach (var ((year, yearPage), i) in years.OrderBy(y => y.Key).Select((y, i) => (y, i)))
        {
            if (i > 0) main.Text(", ");
            if (year == dashboard.Year) main.Number(year);
            else main.Anchor(Link(page, yearPage), year.ToString(CultureInfo.InvariantCulture));
        }
        main.Text(".").Close("p").Line();

        VerdictBars.Write(main, page, table, column => dashboard.Cells.FirstOrDefault(c => c.Program == Path.GetFullPath(column.SourcePath))?.Page).Line();

        main.Open("div", ("class", "bang")).Open("table", ("class", "tong-hop xep")).Line().Open("thead").Open("tr").Element("th", "Chỉ tiêu", ("scope", "col"));
        foreach (var column in table.Columns)
        {
            var cell = dashboard.Cells.FirstOrDefault(c => c.Program == Path.GetFullPath(column.SourcePath));
            main.Open("th", ("scope", "col"));
            if (cell is null) main.Text(column.Name); else main.Anchor(Link(page, cell.Page), column.Name);
            main.Close("th");
        }
        main.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var row in table.Rows)
        {
            main.Open("tr").Open("th", ("scope", "row")).Text((row.Parent.Id?.Value ?? "") + " " + row.Parent.Sentence.Value);
            if (ValueText.LowerIsBetter(row.Parent.Value)) main.Text(" (").Element("span", ValueText.LowerIsBetterWords, ("class", "thap-tot")).Text(")");
            main.Close("th");
            foreach (var (cell, column) in row.Cells.Zip(table.Columns))
                main.Element("td", VerdictWords.Of(cell), ("class", "dg " + VerdictWords.Class(cell.Verdict)), ("data-nhan", column.Name));
            main.Close("tr").Line();
        }
        main.Close("tbody").Line().Close("table").Close("div").Line();
        return SitePage.Write(page, $"Kết quả năm {dashboard.Year}", main.ToMarkup(),
            [("Kết quả", "ket-qua/index.html"), ($"Năm {dashboard.Year}", null)]);
    }

    internal static string CellResults(string page, SiteDocument cell, ResultSet results, int year, string dashboard)
    {
        var evaluations = ReportComposer.Evaluate(cell.Document, results, year);
        var main = new HtmlWriter().Open("h1").Text(cell.Document.Frame.Bodies.Issuer.Value + ": kết quả năm ").Number(year).Close("h1").Line().Open("p");
        DocumentLink(main, page, cell).Text(". ").Anchor(Link(page, dashboard), $"Bảng tổng hợp năm {year}").Text(".").Close("p").Line();
        main.Open("div", ("class", "bang")).Open("table", ("class", "xep")).Line().Open("thead").Open("tr");
        foreach (var heading in new[] { "Chỉ tiêu", "Giá trị đề ra", "Kết quả", "Đánh giá" }) main.Element("th", heading, ("scope", "col"));
        main.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var e in evaluations)
        {
            main.Open("tr").Element("td", e.Target.Sentence.Value, ("data-nhan", "Chỉ tiêu")).Open("td", ("data-nhan", "Giá trị đề ra"));
            if (e.Target.Value is { } value) TargetsPage.ValueWords(main, value); else main.Text("định tính");
            main.Close("td").Element("td", e.Result?.ToString() ?? "", ("data-nhan", "Kết quả")).Element("td", e.Verdict.Label(), ("class", "dg " + VerdictWords.Class(e.Verdict)), ("data-nhan", "Đánh giá")).Close("tr").Line();
        }
        main.Close("tbody").Line().Close("table").Close("div").Line();
        return SitePage.Write(page, $"{cell.Document.Frame.Bodies.Issuer.Value}, năm {year}", main.ToMarkup(),
            [("Kết quả", "ket-qua/index.html"), ($"Năm {year}", dashboard), (cell.Document.Frame.Bodies.Issuer.Value, null)]);
    }

    internal static string DashboardIndex(IReadOnlyList<Dashboard> dashboards)
    {
        var main = new HtmlWriter().Element("h1", "Kết quả các đơn vị").Line();
        if (dashboards.Count == 0) main.Open("p").Text("Chưa có tệp kết quả (").Element("code", "loai: ket-qua").Text(") nào trong dự án.").Close("p").Line();
        foreach (var parent in dashboards.GroupBy(d => d.Parent.Page).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            DocumentLink(main.Open("section").Line().Open("h2"), "ket-qua/index.html", parent.First().Parent).Close("h2").Line().Open("ul").Line();
            foreach (var dashboard in parent.OrderByDescending(d => d.Year))
                main.Open("li").Anchor(Link("ket-qua/index.html", dashboard.Page), $"Năm {dashboard.Year}").Close("li").Line();
            main.Close("ul").Line().Close("section").Line();
        }
        return SitePage.Write("ket-qua/index.html", "Kết quả các đơn vị", main.ToMarkup(), [("Kết quả", null)]);
    }
}
