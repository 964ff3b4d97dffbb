using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Templates;

namespace VanKien.Checking.BodyChecks;

/// <summary>
/// The top-level sections follow the kind's template: every required section is there
/// (<see cref="Rules.MissingSection"/>), and the sections the template orders come in its order
/// (<see cref="Rules.SectionOrder"/>). A section is matched by the first words of its heading.
/// </summary>
public sealed class SectionsFollowTemplate : IDocumentRule
{
    public Rule Rule => Rules.MissingSection;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var template = context.KindTemplate;
        // Loops, not LINQ over tuples: every generic instantiation over a value tuple is compiled at start-up.
        var headings = new List<(Heading Heading, string Text)>();
        foreach (var block in context.Document.Body)
            if (block is Heading { Level: 1 } h) headings.Add((h, string.Concat(h.Content.OfType<TextRun>().Select(r => r.Text))));

        foreach (var required in template.RequiredSections.Where(r => !headings.Any(h => KindTemplate.Names(h.Text, r))))
            yield return Diagnostic.Of(Rule, context.Document.Frame.Location,
                $"{template.Title.ToLowerInvariant()} thiếu phần bắt buộc «{required}»", $"thêm đề mục '# {required}'");

        var lastRank = -1;
        foreach (var (heading, text) in headings)
        {
            var rank = template.SectionOrder.ToList().FindIndex(s => KindTemplate.Names(text, s));
            if (rank < 0) continue;
            if (rank < lastRank)
                yield return Diagnostic.Of(Rules.SectionOrder, heading.Location,
                    $"phần «{text}» đứng sau «{template.SectionOrder[lastRank]}», khác thứ tự của mẫu",
                    $"thứ tự: {string.Join(" → ", template.SectionOrder)}");
            lastRank = Math.Max(lastRank, rank);
        }
    }
}
