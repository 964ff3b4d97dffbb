using VanKien.Checking.FrameChecks;
using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking;

/// <summary>The check stage: runs every rule over a document and collects what they report.</summary>
public sealed class DocumentChecker(IReadOnlyList<IDocumentRule> rules)
{
    public static DocumentChecker Default { get; } = new(
    [
        new RecipientsRequired(),
        new SignatureRequired(),
    ]);

    public IReadOnlyList<IDocumentRule> Rules => rules;

    public void Check(Document document, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules) diagnostics.AddRange(rule.Check(document));
    }
}
