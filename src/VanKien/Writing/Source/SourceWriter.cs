using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Writing.Source;

/// <summary>
/// Writes a <see cref="SourceDocument"/> as a source file: YAML front matter in the source
/// language's key order, then the Markdown body (<see cref="MarkdownWriter"/>). Reading the text
/// back gives the same model: the tests hold it to that over every sample.
/// </summary>
public static partial class SourceWriter
{
    /// <summary>The source as a Markdown file: front matter between "---" lines, then the body.</summary>
    public static string Write(SourceDocument document)
    {
        var s = new StringBuilder("---\n");
        FrontMatter(s, document);
        s.Append("---\n");
        Body(s, document);
        return s.ToString();
    }

    /// <summary>The source as a YAML file (the form a long resolution is kept in): the body is the block scalar 'than-van-ban'.</summary>
    public static string WriteYaml(SourceDocument document)
    {
        var s = new StringBuilder();
        FrontMatter(s, document);
        var body = new StringBuilder();
        Body(body, document);
        var lines = body.ToString().TrimStart('\n').TrimEnd('\n').Split('\n');
        if (lines is [""]) return s.ToString();
        s.Append(BodyKey).Append(": |\n");
        foreach (var line in lines) s.Append(line.Length == 0 ? "" : "  ").Append(line).Append('\n');
        return s.ToString();
    }

    /// <summary>The key that holds a YAML file's Markdown body.</summary>
    private const string BodyKey = "than-van-ban";

    private static void Body(StringBuilder s, SourceDocument document)
    {
        MarkdownWriter.Body(s, document.Body, document.Appendix);
        if (!string.IsNullOrWhiteSpace(document.Tail)) s.Append('\n').Append(document.Tail.Trim()).Append('\n');
    }

    private static void FrontMatter(StringBuilder s, SourceDocument document)
    {
        foreach (var comment in document.Comments) s.Append("# ").Append(comment).Append('\n');
        Scalar(s, "loai", document.Kind);
        Scalar(s, "the-thuc", document.Profile);
        Scalar(s, "so", document.Number);
        // "du-thao: true" as the language documents it (the reader takes the word, not YAML's boolean).
        if (document.Draft == "true") s.Append("du-thao: true\n");
        else Scalar(s, "du-thao", document.Draft);
        Scalar(s, "de-muc", document.HeadingScheme);
        Map(s, "co-quan", ("cap-tren", document.SuperiorBody), ("ban-hanh", document.IssuingBody), ("ten-goi", document.NameInText));
        Scalar(s, "dia-danh", document.Place);
        // An undated draft keeps its blank key: without it the date would read as missing, not left to fill.
        if (document.Date is "") s.Append("ngay:\n");
        else Scalar(s, "ngay", document.Date);
        Scalar(s, "tieu-de", document.Title);
        Scalar(s, "trich-yeu", document.Summary);
        Scalar(s, "nhiem-ky", document.Term);
        Scalar(s, "thuc-hien", document.ParentPath);
        Scalar(s, "loai-to-chuc", document.OrganisationKind);
        List(s, "truc-thuoc", document.Subordinates);
        List(s, "tham-quyen-ban-hanh", document.Enacting);
        List(s, "can-cu", document.Bases);
        Targets(s, document.TargetGroups);
        Waivers(s, document.Waivers);
        List(s, "noi-nhan", document.Recipients);
        Map(s, "ky", ("tham-quyen", document.Authority), ("chuc-vu", document.Position), ("ho-ten", document.Signer));
    }

    /// <summary>A mapping of text fields, left out when none is given.</summary>
    private static void Map(StringBuilder s, string key, params (string Key, string? Value)[] fields)
    {
        if (fields.All(f => string.IsNullOrEmpty(f.Value))) return;
        s.Append(key).Append(":\n");
        foreach (var (field, value) in fields) Scalar(s, field, value, "  ");
    }

    private static void Targets(StringBuilder s, IReadOnlyList<TargetGroup> groups)
    {
        if (groups.Count == 0) return;
        s.Append("chi-tieu:\n");
        foreach (var group in groups)
        {
            if (group.Title is { } title) s.Append("  - nhom: ").Append(Value(title.Value)).Append("\n    muc:");
            else s.Append("  - muc:");
            if (group.Targets.Count == 0) { s.Append(" []\n"); continue; }
            s.Append('\n');
            foreach (var target in group.Targets)
            {
                var first = true;
                void Key(string key, string? value)
                {
                    if (value is null) return;
                    s.Append(first ? "      - " : "        ").Append(key).Append(": ").Append(Value(value)).Append('\n');
                    first = false;
                }
                Key("id", target.Id?.Value);
                s.Append(first ? "      - " : "        ").Append("noi-dung: ").Append(SourceSyntax.Quote(target.Sentence.Value)).Append('\n');
                first = false;
                if (target.ValueText is { } value) s.Append("        gia-tri: ").Append(SourceSyntax.Quote(value.Value)).Append('\n');
                if (target.Period != Period.Unstated) Key("ky", target.Period.Key());
                Key("cha", target.Parent?.Value);
                if (target.Relation != TargetRelation.Applies) Key("quan-he", target.Relation.Key());
                Key("han", target.Deadline?.Value.ToString(CultureInfo.InvariantCulture));
                if (target.Audience.Count > 0)
                {
                    s.Append("        doi-tuong:\n");
                    foreach (var audience in target.Audience) s.Append("          - ").Append(Value(audience)).Append('\n');
                }
            }
        }
    }

    private static void Waivers(StringBuilder s, IReadOnlyList<Waiver> waivers)
    {
        if (waivers.Count == 0) return;
        s.Append("mien:\n");
        foreach (var waiver in waivers)
        {
            s.Append("  - cha: ").Append(Value(waiver.ParentId.Value)).Append('\n');
            if (waiver.Reason is { } reason) s.Append("    ly-do: ").Append(SourceSyntax.Quote(reason.Value)).Append('\n');
        }
    }

    private static void Scalar(StringBuilder s, string key, string? value, string indent = "")
    {
        if (string.IsNullOrEmpty(value)) return;
        s.Append(indent).Append(key).Append(": ").Append(Value(value)).Append('\n');
    }

    private static void List(StringBuilder s, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        s.Append(key).Append(":\n");
        foreach (var item in items) s.Append("  - ").Append(SourceSyntax.Quote(item)).Append('\n');
    }

    /// <summary>
    /// A key's value: plain where it is a name the source language defines or an id ("ke-hoach",
    /// "nd30-2020", "CT-02") or a date, so that sources read as people write them; quoted otherwise,
    /// so that no Vietnamese sentence is ever read as YAML syntax.
    /// </summary>
    private static string Value(string value) => Quoted(value);

    /// <summary>A value as the source writes it: plain where that reads back the same, else double-quoted.</summary>
    public static string Quoted(string value) =>
        (Token().IsMatch(value) && !YamlWords.Contains(value)) || IsoDate().IsMatch(value) ? value : SourceSyntax.Quote(value);

    /// <summary>Plain scalars YAML 1.1 would read as something other than text.</summary>
    private static readonly HashSet<string> YamlWords = new(StringComparer.OrdinalIgnoreCase) { "null", "true", "false", "yes", "no", "on", "off", "y", "n" };

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();
}
