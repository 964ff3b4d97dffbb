using VanKien.Diagnostics;

namespace VanKien.Checking.TargetChecks;

/// <summary>
/// Every parent target that applies to this kind of organisation is adopted (a target with
/// <c>cha</c>) or waived with a reason (<c>mien</c>): nothing is dropped silently. Organisation
/// kinds are kebab-case paths: an audience "chi-bo-truong" covers "chi-bo-truong-mam-non".
/// </summary>
public sealed class ParentTargetCovered : IDocumentRule
{
    public Rule Rule => Rules.ParentTargetNotCovered;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (context.Parent is not { } parent || document.Frame.ParentPath is not { } link) yield break;

        var organisation = document.OrganisationKind?.Value;
        var adopted = document.Targets.Select(t => t.Parent?.Value).OfType<string>()
            .Concat(document.Waivers.Select(w => w.ParentId.Value))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var target in parent.Targets.Where(t => t.Id is not null))
        {
            var applies = target.Audience.Count == 0 || (organisation is not null && target.Audience.Any(a => Covers(a, organisation)));
            if (!applies || adopted.Contains(target.Id!.Value)) continue;
            yield return new Diagnostic(Rule, Rule.DefaultSeverity, link.Location,
                $"chỉ tiêu cấp trên '{target.Id.Value}' chưa được cụ thể hóa: «{target.Sentence.Value}»", target.Location,
                $"thêm một chỉ tiêu có 'cha: {target.Id.Value}', hoặc 'mien: [{{cha: {target.Id.Value}, ly-do: …}}]'");
        }
    }

    public static bool Covers(string audience, string organisation) =>
        organisation == audience || organisation.StartsWith(audience + "-", StringComparison.Ordinal);
}
