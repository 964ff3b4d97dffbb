using VanKien.Writing.Docx;

namespace VanKien.Templates;

/// <summary>
/// Everything the writer needs beyond the document: the kind's description, the profile, the
/// reference — and the files they were read from or would be read from if they appeared, which an
/// incremental build watches.
/// </summary>
public sealed record ResolvedTemplate(KindTemplate Kind, FormatProfile Profile, ReferenceDocument Reference)
{
    public IReadOnlyList<string> Files { get; init; } = [];
}
