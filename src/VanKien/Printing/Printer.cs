using System.Text.RegularExpressions;
using VanKien.Model;
using VanKien.Standard;
using VanKien.Templates;
using VanKien.Text;

namespace VanKien.Printing;

/// <summary>
/// The stage between checking and writing: a checked document and its kind's template to the
/// <see cref="PrintedDocument"/>. Every word the compiler adds or changes is decided here — the
/// header's lines, the title, the căn cứ's and recipients' punctuation, heading numbers and capitals,
/// list markers, the authority line — with the rule that has it so in each run's <see cref="Origin"/>.
/// </summary>
public static partial class Printer
{
    [GeneratedRegex("^(?<body>ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN) (?<place>(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH) .+)$")]
    private static partial Regex CouncilAndPlace();

    public static PrintedDocument Print(Document document, ResolvedTemplate template)
    {
        var profile = template.Profile;
        var title = template.TitleOf(document);
        var frame = document.Frame;
        var summary = frame.Summary is { } line
            ? new PrintedParagraph(PrintedRole.Summary, SentenceCase(line)) { Sources = [line.Location] }
            : null;
        var kindTitle = PrintedParagraph.Of(PrintedRole.KindTitle, VietnameseText.Upper(title),
            frame.Title is { } written ? Origin.Shaped(written.Location, "tên loại in hoa") : Origin.Generated("tên loại của mẫu, in hoa"));
        var body = new BodyPrinter(document, document.HeadingScheme ?? template.Kind.Headings);
        return new PrintedDocument(document, title, profile.Variant,
            Draft(frame), Header(frame, profile), kindTitle, summary,
            [.. Enacting(frame), .. Bases(document, profile.Variant == FrameVariant.State), .. body.Text()],
            Closing(frame, template),
            document.Appendix is { } appendix ? [.. Appendix(document, appendix, title)] : null);
    }

    private static PrintedParagraph? Draft(Frame frame) => frame.Draft is { } draft
        ? new PrintedParagraph(PrintedRole.Draft, [new PrintedRun(draft.Value, Origin.Written(draft.Location), Bold: true)]) { Sources = [draft.Location] }
        : null;

    /// <summary>Bodies, separator and number on the left; the national line (and motto), place and date on the right.</summary>
    private static PrintedColumns Header(Frame frame, FormatProfile profile)
    {
        var left = new List<PrintedParagraph>();
        if (frame.Bodies.Superior is { } superior)
            left.Add(PrintedParagraph.Of(PrintedRole.SuperiorBody, VietnameseText.Upper(superior.Value), Origin.Shaped(superior.Location, "tên cơ quan in hoa"), superior.Location));
        var (issuer, issuerAt) = IssuerLine(frame);
        var upper = VietnameseText.Upper(issuer);
        // "ỦY BAN NHÂN DÂN / XÃ HÙNG AN": a council or committee on one line, its place on the next, as
        // NĐ 30's examples set it — never a place name broken where the column happens to end.
        var origin = Origin.Shaped(issuerAt, "tên cơ quan ban hành in hoa");
        var runs = profile.Variant == FrameVariant.State && CouncilAndPlace().Match(upper) is { Success: true } split
            ? new[] { new PrintedRun(split.Groups["body"].Value, origin), PrintedRun.Break(origin), new PrintedRun(split.Groups["place"].Value, origin) }
            : [new PrintedRun(upper, origin)];
        left.Add(new PrintedParagraph(PrintedRole.IssuingBody, runs) { Sources = [issuerAt] });
        left.Add(PrintedParagraph.Of(PrintedRole.IssuerSeparator, profile.IssuerSeparator ?? "", Origin.Generated("dấu sao / gạch dưới tên cơ quan ban hành")));

        var right = new List<PrintedParagraph> { PrintedParagraph.Of(PrintedRole.NationalLine, profile.NationalLine, Origin.Generated("tiêu đề / quốc hiệu")) };
        if (profile.Motto is { } motto) right.Add(PrintedParagraph.Of(PrintedRole.Motto, motto, Origin.Generated("tiêu ngữ")));

        var number = new PrintedParagraph(PrintedRole.Number, NumberLine(frame, profile)) { Sources = [frame.Number.Location] };
        var placeDate = new PrintedParagraph(PrintedRole.PlaceDate,
            [new PrintedRun(frame.Place.Value, Origin.Written(frame.Place.Location)), new PrintedRun($", {frame.DateWords}", Origin.Shaped(frame.Date.Location, "ngày tháng năm viết bằng chữ"))])
        { Sources = [frame.Place.Location, frame.Date.Location] };
        return new PrintedColumns([new PrintedColumnsRow(left, right), new PrintedColumnsRow([number], [placeDate])]);
    }

    /// <summary>
    /// "Số 05-CTr/CB"; a draft without its number yet keeps a blank where the văn thư will write it,
    /// as offices print them: "Số      -CTr/CB", "Số:      /KH-UBND" (no-break spaces, so the blank holds).
    /// </summary>
    private static IReadOnlyList<PrintedRun> NumberLine(Frame frame, FormatProfile profile) => frame.Unnumbered
        ? [new PrintedRun(profile.NumberPrefix.TrimEnd() + " " + new string('\u00A0', 6) + VietnameseText.WithoutWhitespace(frame.Number.Value), Origin.Shaped(frame.Number.Location, "chỗ trống cho số của văn thư"))]
        : [new PrintedRun(profile.NumberPrefix, Origin.Generated("chữ \"Số\" trước số và ký hiệu")), new PrintedRun(frame.Number.Value, Origin.Written(frame.Number.Location))];

    /// <summary>
    /// The issuing body as the header prints it. A congress issues its own documents (numbered -…/ĐH,
    /// signed T/M ĐẠI HỘI): 36-HD's examples head them with the congress, "ĐẠI HỘI ĐẠI BIỂU … LẦN
    /// THỨ …", not with the Party organisation that holds it. The source names the congress in
    /// `co-quan.ten-goi`.
    /// </summary>
    private static (string Text, Diagnostics.SourceLocation At) IssuerLine(Frame frame)
    {
        var congress = frame.Bodies.NameInText;
        var numberedByCongress = frame.Number.Value.Replace(" ", "", StringComparison.Ordinal).EndsWith("/ĐH", StringComparison.Ordinal);
        return congress is not null && numberedByCongress && congress.Value.StartsWith("Đại hội", StringComparison.OrdinalIgnoreCase)
            ? (congress.Value, congress.Location)
            : (frame.Bodies.Issuer.Value, frame.Bodies.Issuer.Location);
    }

    private static IEnumerable<PrintedParagraph> Enacting(Frame frame) =>
        (frame.Enacting ?? []).Select(line => PrintedParagraph.Of(PrintedRole.Enacting, line.Value, Origin.Written(line.Location), line.Location));

    /// <summary>
    /// One căn cứ per line, each ending ";" — the last "," when the enacting sentence follows in a
    /// Party document, "." in a state one (FORMAT.md: NĐ 30 ends the căn cứ with a full stop).
    /// The author writes none of this punctuation.
    /// </summary>
    private static IEnumerable<PrintedParagraph> Bases(Document document, bool stateStandard)
    {
        var bases = document.Frame.Bases;
        // The enacting words follow as a sentence ("Đại hội … quyết nghị:") or as a line of their own
        // printed without a number ("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:"): either way the last căn cứ ends ",".
        var enactingSentenceFollows = document.Body.FirstOrDefault() is Paragraph or Heading { Unnumbered: true };
        return bases.Select((basis, i) =>
        {
            var mark = i < bases.Count - 1 ? ";" : stateStandard ? "." : enactingSentenceFollows ? "," : ";";
            return new PrintedParagraph(PrintedRole.Basis, [new PrintedRun(basis.Value, Origin.Written(basis.Location)), new PrintedRun(mark, Origin.Generated("dấu cuối căn cứ"))]) { Sources = [basis.Location] };
        });
    }

    /// <summary>
    /// Recipients "- … ;", the last "- … ." under "Nơi nhận:"; the authority line (the table's default
    /// for the issuer and signer when the source gives none, one line a part), position, the room to
    /// sign and the name.
    /// </summary>
    private static PrintedColumns Closing(Frame frame, ResolvedTemplate template)
    {
        var left = new List<PrintedParagraph>();
        if (frame.Recipients.Count > 0)
        {
            left.Add(PrintedParagraph.Of(PrintedRole.RecipientsLabel, "Nơi nhận:", Origin.Generated("nơi nhận")));
            left.AddRange(frame.Recipients.Select((r, i) => new PrintedParagraph(PrintedRole.Recipient,
                [new PrintedRun("- ", Origin.Generated("gạch đầu dòng nơi nhận")), new PrintedRun(r.Value, Origin.Written(r.Location)),
                 new PrintedRun(i == frame.Recipients.Count - 1 ? "." : ";", Origin.Generated("dấu cuối nơi nhận"))]) { Sources = [r.Location] }));
        }
        var right = new List<PrintedParagraph>();
        if (frame.Signature is { } sign)
        {
            var authorityOrigin = sign.Authority is { } written ? Origin.Shaped(written.Location, "thẩm quyền ký in hoa") : Origin.Generated("thẩm quyền ký theo bảng thẩm quyền");
            if (Authorities.Printed(sign.Authority?.Value, template.Profile.Variant, frame.Bodies.Issuer.Value, sign.Position?.Value, template.Kind.DefaultAuthority) is { } authority)
                right.AddRange(AuthorityForm.Lines(authority).Select(line => PrintedParagraph.Of(PrintedRole.Authority, VietnameseText.Upper(line), authorityOrigin, sign.Name.Location)));
            if ((sign.Position?.Value ?? template.Kind.DefaultPosition) is { } position)
                right.Add(PrintedParagraph.Of(PrintedRole.Position, VietnameseText.Upper(position),
                    sign.Position is { } at ? Origin.Shaped(at.Location, "chức vụ in hoa") : Origin.Generated("chức vụ mặc định của mẫu"), sign.Name.Location));
            right.Add(new PrintedParagraph(PrintedRole.SignatureRoom, []));
            right.Add(PrintedParagraph.Of(PrintedRole.SignerName, sign.Name.Value, Origin.Written(sign.Name.Location), sign.Name.Location));
        }
        return new PrintedColumns([new PrintedColumnsRow(left, right)]);
    }

    /// <summary>"PHỤ LỤC", its title in capitals, the author's lines under it, the "(Kèm theo …)" line, then its tables and paragraphs.</summary>
    private static IEnumerable<PrintedBlock> Appendix(Document document, Appendix appendix, string title)
    {
        yield return PrintedParagraph.Of(PrintedRole.AppendixLabel, "PHỤ LỤC", Origin.Generated("phụ lục"), appendix.Location);
        if (appendix.Title.Count > 0)
            yield return new PrintedParagraph(PrintedRole.AppendixTitle, BodyPrinter.Runs(appendix.Title, appendix.Location, VietnameseText.Upper, "tên phụ lục in hoa")) { Sources = [appendix.Location] };
        foreach (var line in appendix.Subtitles)
            yield return new PrintedParagraph(PrintedRole.AppendixSubtitle, BodyPrinter.Runs(line.Content, line.Location)) { Sources = [line.Location] };
        yield return PrintedParagraph.Of(PrintedRole.AppendixNote, AttachedTo(document, title), Origin.Generated("dòng kèm theo của phụ lục"));
        foreach (var block in appendix.Blocks)
        {
            switch (block)
            {
                case Table table:
                    yield return new PrintedTable(table, BodyPrinter.ColumnCount([table]), [table], Landscape: true);
                    break;
                case Paragraph paragraph:
                    yield return new PrintedParagraph(PrintedRole.Body, BodyPrinter.Runs(paragraph.Content, paragraph.Location)) { Sources = [paragraph.Location] };
                    break;
            }
        }
    }

    /// <summary>"(Kèm theo Chương trình hành động số 16-CTr/ĐU, ngày 25/3/2026 của Ban Chấp hành Đảng bộ xã)".</summary>
    public static string AttachedTo(Document document, string title)
    {
        var frame = document.Frame;
        var of = frame.Bodies.NameInText is { } name ? $" của {name.Value}" : "";
        return $"(Kèm theo {title} số {frame.Number.Value}, ngày {frame.DateShort}{of})";
    }

    /// <summary>The summary line is in sentence case: only its first letter is raised.</summary>
    /// The first letter is a whole text element: cutting one UTF-16 unit would split a surrogate pair.
    private static IReadOnlyList<PrintedRun> SentenceCase(Model.Located<string> line)
    {
        var text = line.Value;
        if (text.Length == 0) return [];
        var first = System.Globalization.StringInfo.GetNextTextElementLength(text);
        var raised = VietnameseText.Upper(text[..first]);
        return raised == text[..first]
            ? [new PrintedRun(text, Origin.Written(line.Location))]
            : [new PrintedRun(raised, Origin.Shaped(line.Location, "trích yếu viết hoa chữ đầu")), new PrintedRun(text[first..], Origin.Written(line.Location))];
    }
}
