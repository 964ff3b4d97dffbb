using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;
using VanKien.Text;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>Turns the front matter's mapping into the typed frame, targets and links of the model.</summary>
internal sealed class FrontMatterReader(YamlSource source, ValueParser values, PhraseParser phrases)
{
    public sealed record Result(
        DocumentKind Kind,
        Frame Frame,
        IReadOnlyList<TargetGroup> TargetGroups,
        Located<string>? OrganisationKind,
        IReadOnlyList<Waiver> Waivers,
        IReadOnlyList<Located<string>> Subordinates,
        Located<string>? FormatProfile)
    {
        public Model.HeadingScheme? HeadingScheme { get; init; }
    }

    public Result? Read(YamlMappingNode root, bool bodyKeyAllowed)
    {
        var keys = bodyKeyAllowed ? [.. FrontMatterKeys.Document, FrontMatterKeys.Body] : FrontMatterKeys.Document;
        var map = new YamlMap(source, root, null, keys);

        var kind = ReadKind(map);
        var number = map.Text("so", required: true);
        var bodies = ReadIssuingBodies(map);
        var place = map.Text("dia-danh", required: true);
        // A draft may leave its date blank, as it may its number: the văn thư dates it when it is issued.
        var draft = ReadDraft(map, number);
        var undatedAt = draft is not null ? map.BlankAt("ngay") : null;
        var date = undatedAt is { } blank ? new Located<DateOnly>(DateOnly.MinValue, blank) : map.Date("ngay", required: true);
        var frame = new Frame(
            Number: number!,
            Bodies: bodies!,
            Place: place!,
            Date: date!,
            Title: map.Text("tieu-de"),
            Summary: map.Text("trich-yeu"),
            Term: map.Text("nhiem-ky"),
            ParentPath: map.Text("thuc-hien"),
            Bases: map.TextList("can-cu").Select(b => b with { Value = VietnameseText.TrimEndPunctuation(b.Value) }).ToList(),
            Recipients: map.TextList("noi-nhan").Select(r => r with { Value = VietnameseText.TrimEndPunctuation(r.Value) }).ToList(),
            Signature: ReadSignature(map),
            Location: map.Location,
            Draft: draft,
            Enacting: map.TextList("tham-quyen-ban-hanh")) { Undated = undatedAt is not null };
        var groups = ReadTargetGroups(map);
        var waivers = ReadWaivers(map);

        if (kind is null || number is null || bodies is null || place is null || date is null) return null;
        return new Result(kind, frame, groups, map.Text("loai-to-chuc"), waivers, map.TextList("truc-thuoc"), ReadProfile(map)) { HeadingScheme = ReadHeadingScheme(map) };
    }

    /// <summary>
    /// The draft marking: <c>du-thao: true</c> → "Dự thảo", <c>du-thao: lần 2</c> → "Dự thảo lần 2";
    /// a number given as its symbol alone ("-KH/CB") makes a draft too.
    /// </summary>
    private static Located<string>? ReadDraft(YamlMap map, Located<string>? number)
    {
        if (map.Text("du-thao") is { } draft)
        {
            var said = draft.Value.Trim();
            if (said.ToLowerInvariant() is "false" or "no" or "không") return null;
            var marking = said.ToLowerInvariant() is "true" or "yes" or "có" or "" ? "Dự thảo"
                : said.StartsWith("dự thảo", StringComparison.OrdinalIgnoreCase) ? VietnameseText.Upper(said[..1]) + said[1..]
                : "Dự thảo " + said;
            return draft with { Value = marking };
        }
        return number is not null && Frame.IsUnnumbered(number.Value)
            ? number with { Value = "Dự thảo" }
            : null;
    }

    private DocumentKind? ReadKind(YamlMap map)
    {
        var key = map.Text("loai", required: true);
        if (key is null) return null;
        var kind = DocumentKind.FromKey(key.Value);
        if (kind is null)
        {
            var keys = DocumentKind.All.Select(k => k.Key).ToList();
            var suggestion = EditDistance.Closest(key.Value, keys);
            source.Report(Rules.InvalidValue, key.Location, $"loại văn bản '{key.Value}' không được hỗ trợ",
                suggestion is null ? $"các loại: {string.Join(", ", keys)}" : $"có phải ý bạn là '{suggestion}'?");
        }
        return kind;
    }

    /// <summary>"the-thuc": the presentation standard (dang-36-2018, nd30-2020); else the kind's template decides.</summary>
    private Model.HeadingScheme? ReadHeadingScheme(YamlMap map)
    {
        if (map.Text("de-muc") is not { } scheme) return null;
        if (Model.HeadingSchemeKeys.ByKey.TryGetValue(scheme.Value.Trim(), out var known)) return known;
        source.Report(Rules.InvalidValue, scheme.Location, $"kiểu đề mục '{scheme.Value}' không có",
            $"các kiểu: {string.Join(", ", Model.HeadingSchemeKeys.ByKey.Keys)} (I. …; Phần thứ nhất …; A. …)");
        return null;
    }

    private Located<string>? ReadProfile(YamlMap map)
    {
        var profile = map.Text("the-thuc");
        if (profile is null || Standard.FormatProfile.ByName(profile.Value) is not null) return profile;
        source.Report(Rules.InvalidValue, profile.Location, $"thể thức '{profile.Value}' không có",
            $"các thể thức: {string.Join(", ", Standard.FormatProfile.All.Select(p => p.Name))}");
        return null;
    }

    private static IssuingBodies? ReadIssuingBodies(YamlMap map)
    {
        var bodies = map.Map("co-quan", FrontMatterKeys.IssuingBodies, required: true);
        if (bodies is null) return null;
        var issuer = bodies.Text("ban-hanh", required: true);
        return issuer is null ? null : new IssuingBodies(bodies.Text("cap-tren"), issuer, bodies.Text("ten-goi"));
    }

    private static Signature? ReadSignature(YamlMap map)
    {
        var signature = map.Map("ky", FrontMatterKeys.Signature);
        if (signature is null) return null;
        var name = signature.Text("ho-ten", required: true);
        return name is null ? null : new Signature(signature.Text("tham-quyen"), signature.Text("chuc-vu"), name);
    }

    private List<TargetGroup> ReadTargetGroups(YamlMap map) => map
        .Mappings("chi-tieu", FrontMatterKeys.TargetGroup, "'nhom' và 'muc'")
        .Select(group => new TargetGroup(
            group.Text("nhom"),
            group.Mappings("muc", FrontMatterKeys.Target, "ít nhất 'noi-dung'", required: true).Select(ReadTarget).OfType<Target>().ToList(),
            group.Location))
        .ToList();

    private Target? ReadTarget(YamlMap target)
    {
        var sentence = target.Text("noi-dung", required: true);
        if (sentence is null) return null;

        // The value as written; else the one the sentence states, when it states exactly one.
        var valueText = target.Text("gia-tri");
        TargetValue? value = null;
        var period = Period.Unstated;
        if (valueText is not null)
        {
            var parsed = values.Parse(valueText.Value);
            if (parsed.Error is not null)
                source.Report(Rules.TargetValueSyntax, valueText.Location, $"'gia-tri': {parsed.Error}",
                    "ví dụ: '>= 90%', '< 5%', '1..2 đảng viên/nhiệm kỳ', 'top 5', '>= hoàn thành tốt nhiệm vụ', '>= 80% (2030); = 100% (2035)'");
            else if (PercentOver100(parsed.Value) is { } over)
                source.Report(Rules.TargetValueSyntax, valueText.Location, $"'gia-tri': tỷ lệ {over}% vượt 100%, không chỉ tiêu nào đạt được",
                    "tỷ lệ phần trăm từ 0 đến 100; mức tăng trưởng ghi bằng lần hoặc số tuyệt đối");
            value = parsed.Value;
            period = parsed.Period;
        }
        else
        {
            (value, period) = phrases.Infer(sentence.Value);
        }

        var periodText = target.Text("ky");
        if (periodText is not null)
        {
            if (PeriodKeys.ByKey.TryGetValue(periodText.Value, out var stated)) period = stated;
            else source.Report(Rules.InvalidValue, periodText.Location, $"kỳ '{periodText.Value}' không được hỗ trợ",
                $"các kỳ: {string.Join(", ", PeriodKeys.ByKey.Keys)}");
        }

        var relation = TargetRelation.Applies;
        var relationText = target.Text("quan-he");
        if (relationText is not null)
        {
            if (TargetRelationKeys.ByKey.TryGetValue(relationText.Value, out var stated)) relation = stated;
            else source.Report(Rules.InvalidValue, relationText.Location, $"quan hệ '{relationText.Value}' không được hỗ trợ",
                $"các quan hệ: {string.Join(", ", TargetRelationKeys.ByKey.Keys)}");
        }

        return new Target(
            Id: target.Text("id"),
            Sentence: sentence,
            Value: value,
            ValueText: valueText,
            Period: period,
            Parent: target.Text("cha"),
            Relation: relation,
            Deadline: ReadYear(target, "han"),
            Audience: ReadAudience(target),
            Location: target.Location);
    }

    private Located<int>? ReadYear(YamlMap map, string key)
    {
        var text = map.Text(key);
        if (text is null) return null;
        if (int.TryParse(text.Value, out var year) && year is >= 1945 and <= 2100) return new Located<int>(year, text.Location);
        source.Report(Rules.InvalidValue, text.Location, $"'{key}': '{text.Value}' không phải một năm", "ví dụ: 2030");
        return null;
    }

    /// <summary>"doi-tuong": one organisation kind or a list of them.</summary>
    private static IReadOnlyList<string> ReadAudience(YamlMap map) =>
        map.Node.Children.Any(c => c.Key is YamlScalarNode { Value: "doi-tuong" } && c.Value is YamlScalarNode)
            ? map.Text("doi-tuong") is { } one ? [one.Value] : [] // an empty value ("doi-tuong:") is no audience
            : map.TextList("doi-tuong").Select(a => a.Value).ToList();

    private static List<Waiver> ReadWaivers(YamlMap map)
    {
        var waivers = new List<Waiver>();
        foreach (var waiver in map.Mappings("mien", FrontMatterKeys.Waiver, "'cha' và 'ly-do'"))
        {
            var parent = waiver.Text("cha", required: true);
            var reason = waiver.Text("ly-do", required: true);
            if (parent is not null) waivers.Add(new Waiver(parent, reason, waiver.Location));
        }
        return waivers;
    }

    /// <summary>A floor or an exact share above 100% (">= 200%"): a target nobody can meet.</summary>
    private static decimal? PercentOver100(TargetValue? value) => value switch
    {
        BoundValue { Quantity: { Unit: "%", Amount: > 100 } q, Comparator: Comparator.AtLeast or Comparator.MoreThan or Comparator.Exactly } => q.Amount,
        MilestoneValue m => m.Milestones.Select(x => PercentOver100(x.Value)).FirstOrDefault(x => x is not null),
        _ => null,
    };
}
