using VanKien.Writing.Packaging;

namespace VanKien.Writing.Docx;

/// <summary>A part of a DOCX with the relationship that names it.</summary>
/// <param name="Relationship">The relationship's type after ".../officeDocument/2006/relationships/".</param>
internal sealed record WordPart(string Name, string ContentType, string Id, string Relationship, DeflatedPart Content)
{
    public WordPart(string name, string contentType, string id, string relationship, byte[] content)
        : this(name, contentType, id, relationship, DeflatedPart.Of(content)) { }
}
