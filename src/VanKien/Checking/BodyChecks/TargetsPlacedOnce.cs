using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.BodyChecks;

/// <summary>
/// Targets written in the front matter appear in the document where the body places them with
/// <c>::: chi-tieu</c> — once. Reports <see cref="Rules.TargetsNotPlaced"/> and <see cref="Rules.TargetsPlacedTwice"/>.
/// </summary>
public sealed class TargetsPlacedOnce : IDocumentRule
{
    public Rule Rule => Rules.TargetsPlacedTwice;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        var places = Placeholders(document.Body).ToList();
        if (document.TargetGroups.Count > 0 && places.Count == 0)
            yield return Diagnostic.Of(Rules.TargetsNotPlaced, document.TargetGroups[0].Location,
                "các chỉ tiêu không xuất hiện trong văn bản: thân văn bản không có khối '::: chi-tieu'",
                "thêm hai dòng '::: chi-tieu' và ':::' vào chỗ in chỉ tiêu");
        foreach (var extra in places.Skip(1))
            yield return Diagnostic.Of(Rule, extra.Location, $"khối '::: chi-tieu' đã đặt ở dòng {places[0].Location.Line}",
                "mỗi văn bản chỉ in chỉ tiêu một lần") with { Related = places[0].Location };
    }

    private static IEnumerable<TargetsPlaceholder> Placeholders(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block is TargetsPlaceholder placeholder) yield return placeholder;
            var nested = block switch
            {
                BulletList list => list.Items.SelectMany(i => i.Blocks),
                NumberedList list => list.Items.SelectMany(i => i.Blocks),
                _ => [],
            };
            foreach (var inner in Placeholders(nested)) yield return inner;
        }
    }
}
