using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>Turns the front matter's mapping into the typed frame and targets of the model.</summary>
internal static class FrontMatterReader
{
    public sealed record Result(DocumentKind Kind, Frame Frame, IReadOnlyList<TargetGroup> TargetGroups);

    public static Result? Read(YamlSource source, YamlMappingNode root)
    {
        var map = new YamlMap(source, root, null, FrontMatterKeys.Document);

        var kind = ReadKind(source, map);
        var number = map.Text("so", required: true);
        var bodies = ReadIssuingBodies(map);
        var place = map.Text("dia-danh", required: true);
        var date = map.Date("ngay", required: true);
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
            Location: map.Location);
        var groups = ReadTargetGroups(source, map);

        if (kind is null || number is null || bodies is null || place is null || date is null) return null;
        return new Result(kind, frame, groups);
    }

    private static DocumentKind? ReadKind(YamlSource source, YamlMap map)
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
        var authority = signature.Text("tham-quyen", required: true);
        var position = signature.Text("chuc-vu", required: true);
        var name = signature.Text("ho-ten", required: true);
        return authority is null || position is null || name is null ? null : new Signature(authority, position, name);
    }

    private static List<TargetGroup> ReadTargetGroups(YamlSource source, YamlMap map)
    {
        var groups = new List<TargetGroup>();
        foreach (var node in map.Sequence("chi-tieu"))
        {
            if (node is not YamlMappingNode groupNode)
            {
                source.Report(Rules.WrongType, node, "mỗi nhóm chỉ tiêu phải có 'nhom' và 'muc'");
                continue;
            }
            var group = new YamlMap(source, groupNode, "chi-tieu", FrontMatterKeys.TargetGroup);
            var targets = new List<Target>();
            foreach (var item in group.Sequence("muc", required: true))
            {
                if (item is not YamlMappingNode targetNode)
                {
                    source.Report(Rules.WrongType, item, "mỗi chỉ tiêu phải có ít nhất 'noi-dung'");
                    continue;
                }
                var target = ReadTarget(new YamlMap(source, targetNode, "chi-tieu.muc", FrontMatterKeys.Target));
                if (target is not null) targets.Add(target);
            }
            groups.Add(new TargetGroup(group.Text("nhom"), targets, group.Location));
        }
        return groups;
    }

    private static Target? ReadTarget(YamlMap target)
    {
        var sentence = target.Text("noi-dung", required: true);
        if (sentence is null) return null;
        return new Target(
            Id: target.Text("id"),
            Sentence: sentence,
            Value: target.Text("gia-tri"),
            Period: target.Text("ky"),
            Parent: target.Text("cha"),
            Relation: target.Text("quan-he"),
            Location: target.Location);
    }
}
