using System.Globalization;
using VanKien.Coverage;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>The targets tree: each parent target with the child targets that apply it.</summary>
internal static class TargetsPage
{
    /// <summary>Each parent target with the child targets that apply it, their values and the coverage verdicts; filterable by cell and group.</summary>
    internal static string Write(IReadOnlyList<SiteDocument> documents, ILookup<string, SiteDocument> children)
    {
        var main = new HtmlWriter().Element("h1", "Cây chỉ tiêu").Line();
        var table = 0;
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            table++;
            var tableId = "bang-" + table.ToString(CultureInfo.InvariantCulture);
            var kids = children[parent.Source.Path].OrderBy(c => c.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal).ToList();
            var rows = kids.SelectMany(kid => CoverageMatrix.Build(kid.Document, parent.Document).Select(row => (Kid: kid, Row: row))).ToList();
            var groupOf = parent.Document.TargetGroups.SelectMany(g => g.Targets.Select(t => (t, g.Title?.Value ?? ""))).ToDictionary(p => p.t, p => p.Item2);
            DocumentLink(main.Open("section").Line().Open("h2"), "chi-tieu.html", parent).Close("h2").Line();
            main.Open("form", ("class", "loc"), ("data-bang", tableId)).Line();
            Select(main, $"don-vi-{table}", "Đơn vị", "donVi", kids.Select(k => k.Document.Frame.Bodies.Issuer.Value));
            Select(main, $"nhom-{table}", "Nhóm chỉ tiêu", "nhom", parent.Document.TargetGroups.Select(g => g.Title?.Value ?? ""));
            main.Close("form").Line().Open("div", ("class", "bang")).Open("table", ("id", tableId), ("class", "xep")).Line().Open("thead").Open("tr");
            foreach (var heading in new[] { "Chỉ tiêu cấp trên", "Đơn vị", "Chỉ tiêu của đơn vị", "Đánh giá" }) main.Element("th", heading, ("scope", "col"));
            main.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var (kid, row) in rows.OrderBy(r => parent.Document.Targets.ToList().IndexOf(r.Row.Parent)).ThenBy(r => r.Kid.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal))
            {
                main.Open("tr", ("data-don-vi", kid.Document.Frame.Bodies.Issuer.Value), ("data-nhom", groupOf.GetValueOrDefault(row.Parent) ?? ""));
                main.Open("td", ("data-nhan", "Chỉ tiêu cấp trên")).Element("b", row.Parent.Id?.Value ?? "").Text(" " + row.Parent.Sentence.Value);
                if (row.Parent.Value is { } value) ValueWords(main.Text(" "), value);
                main.Close("td");
                DocumentLink(main.Open("td", ("data-nhan", "Đơn vị")), "chi-tieu.html", kid).Close("td").Open("td", ("data-nhan", "Chỉ tiêu của đơn vị"));
                foreach (var child in row.Children)
                    main.Anchor(Link("chi-tieu.html", kid.Page, "ct-" + (child.Id?.Value ?? "")), child.Id?.Value ?? "").Text(" ")
                        .Text(child.Value is { } childValue ? ValueText.Words(childValue) : child.ValueText?.Value ?? "").Open("br");
                main.Close("td").Open("td", ("data-nhan", "Đánh giá")).Text(row.Verdict.Vietnamese() + (row.Note is { } note ? " — " + note : "")).Close("td").Close("tr").Line();
            }
            main.Close("tbody").Line().Close("table").Close("div").Line().Close("section").Line();
        }
        if (table == 0) main.Element("p", "Chưa có văn bản nào thực hiện văn bản khác trong dự án.").Line();
        return SitePage.Write("chi-tieu.html", "Cây chỉ tiêu", main.ToMarkup(), [("Cây chỉ tiêu", null)]);
    }

    /// <summary>A value in words, in bold, with "càng thấp càng tốt" where less is better.</summary>
    internal static HtmlWriter ValueWords(HtmlWriter h, Targets.TargetValue value)
    {
        h.Element("b", ValueText.Words(value), ("class", "gia-tri"));
        if (ValueText.LowerIsBetter(value)) h.Text(" (").Element("span", ValueText.LowerIsBetterWords, ("class", "thap-tot")).Text(")");
        return h;
    }

    internal static void Select(HtmlWriter h, string id, string label, string key, IEnumerable<string> values)
    {
        h.Element("label", label, ("for", id)).Text(" ").Open("select", ("id", id), ("data-loc", key)).Element("option", "Tất cả", ("value", ""));
        foreach (var value in values.Distinct().Where(v => v.Length > 0).Order(StringComparer.Ordinal))
            h.Element("option", value);
        h.Close("select").Line();
    }
}
