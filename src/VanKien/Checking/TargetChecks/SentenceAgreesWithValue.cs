using VanKien.Diagnostics;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>The value an author wrote says what the sentence says ("90% trở lên" is not "&gt;= 95%").</summary>
public sealed class SentenceAgreesWithValue : IDocumentRule
{
    public Rule Rule => Rules.SentenceContradictsValue;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var phrases = new PhraseParser(context.Set.Scales);
        foreach (var target in context.Document.Targets)
        {
            if (target.ValueText is null || target.Value is null) continue;
            var stated = phrases.Parse(target.Sentence.Value);
            if (stated.Count == 0 || stated.Any(p => Agreement.Agrees(p.Value, target.Value))) continue;
            var sentence = target.Sentence.Value;
            var saying = string.Join("; ", stated.Select(p => $"«{sentence.Substring(p.Index, p.Length).Trim()}»"));
            yield return Diagnostic.Of(Rule, target.ValueText.Location,
                $"câu chỉ tiêu ghi {saying} nhưng 'gia-tri' là '{target.Value}'",
                "sửa câu hoặc giá trị cho khớp nhau");
        }
    }
}
