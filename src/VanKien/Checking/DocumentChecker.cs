using VanKien.Checking.BodyChecks;
using VanKien.Checking.FrameChecks;
using VanKien.Checking.References;
using VanKien.Checking.StyleChecks;
using VanKien.Checking.TargetChecks;
using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking;

/// <summary>The check stage: runs every rule over a document and collects what they report.</summary>
public sealed class DocumentChecker(IReadOnlyList<IDocumentRule> rules)
{
    public static DocumentChecker Default { get; } = new(
    [
        new ParentReadable(),
        new ParentCycle(),
        new UnknownParentTarget(),
        new DuplicateTargetId(),
        new UnknownBasisNumber(),
        new BasisDateMatches(),
        new WeakerThanParent(),
        new MilestoneLaterThanParent(),
        new DeadlineOutsideTerm(),
        new ParentTargetCovered(),
        new ContributionsReachTotal(),
        new SentenceAgreesWithValue(),
        new NumberAndSymbolForm(),
        new DraftMarking(),
        new AuthorityRequired(),
        new DatedBeforeParent(),
        new TermMatchesParent(),
        new NumbersInDateOrder(),
        new NumberReusedInPeriod(),
        new RecipientsRequired(),
        new SignatureRequired(),
        new AuthorityLineForm(),
        new CommitteeSignsOnBehalf(),
        new TargetsPlacedOnce(),
        new SectionsFollowTemplate(),
        new KnownMisspelling(),
        new DoubledSpace(),
        new AbbreviationDefinedFirst(),
    ]);

    public IReadOnlyList<IDocumentRule> Rules => rules;

    public void Check(Document document, DocumentSet set, DiagnosticBag diagnostics)
    {
        var context = new CheckContext(document, set);
        foreach (var rule in rules)
        {
            WorkBudget.Check();
            diagnostics.AddRange(rule.Check(context));
        }
    }
}
