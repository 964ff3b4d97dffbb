using VanKien.Writing.Docx;

namespace VanKien.Templates;

/// <summary>Everything the writer needs beyond the document: the kind's description, the profile, the reference.</summary>
public sealed record ResolvedTemplate(KindTemplate Kind, FormatProfile Profile, ReferenceDocument Reference);
