using VanKien.Model;

namespace VanKien.Checking;

/// <summary>What a rule sees: the document, and the set it belongs to (for parents and references).</summary>
public sealed class CheckContext(Document document, DocumentSet set)
{
    private DocumentSet.Entry? _parent;
    private bool _parentLoaded;
    private string[]? _sourceLines;

    public Document Document => document;

    public DocumentSet Set => set;

    /// <summary>The document's source lines, decoded once for every rule that reads them.</summary>
    public IReadOnlyList<string> SourceLines => _sourceLines ??= [.. document.SourceLines];

    /// <summary>The parent entry (possibly unreadable), or null when the document names none.</summary>
    public DocumentSet.Entry? ParentEntry
    {
        get
        {
            if (!_parentLoaded)
            {
                _parent = set.ParentOf(document);
                _parentLoaded = true;
            }
            return _parent;
        }
    }

    /// <summary>The parent document when it reads without errors; rules about targets need nothing less.</summary>
    public Document? Parent => ParentEntry is { Document: { } parent } entry && !entry.Diagnostics.Any(d => d.Severity == Diagnostics.Severity.Error)
        ? parent
        : null;

    /// <summary>The kind's section description that applies to this document.</summary>
    public Templates.KindTemplate KindTemplate => set.Templates.For(document).Template.Kind;

    /// <summary>The presentation standard of this document: its own "the-thuc", else its kind's.</summary>
    public Standard.FormatProfile Profile => set.Templates.For(document).Template.Profile;

    /// <summary>The parent's target with this id, if any.</summary>
    public Target? ParentTarget(string id) => Parent?.Targets.FirstOrDefault(t => t.Id?.Value == id);
}
