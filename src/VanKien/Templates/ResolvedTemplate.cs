using VanKien.Standard;

namespace VanKien.Templates;

/// <summary>Where a document's reference DOCX comes from: a file, or (null) the built-in one of the profile.</summary>
/// <param name="Confine">A reference found by searching must not lead (through a symbolic link) out of the folder that holds its templates/.</param>
public sealed record ReferenceSource(string? Path, FormatProfile Profile, string? Confine = null);

/// <summary>
/// Everything beyond the document that shapes it: the kind's description, the profile, where the
/// reference DOCX is — and the files these were read from or would be read from if they appeared,
/// which an incremental build watches. No OpenXML here: checking a document never loads the writer.
/// </summary>
public sealed record ResolvedTemplate(KindTemplate Kind, FormatProfile Profile, ReferenceSource Reference)
{
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>
    /// The title a document prints (sentence case; writers set the capitals): its own <c>tieu-de</c>, else
    /// its kind's from the template folder ("Chương trình hành động liên tịch"). Every writer asks here.
    /// </summary>
    public string TitleOf(Model.Document document) => document.Frame.Title?.Value ?? Kind.Title;
}
