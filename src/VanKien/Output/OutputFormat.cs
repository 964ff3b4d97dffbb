namespace VanKien.Output;

/// <summary>
/// One format a build can write, known by its name on the command line (<c>--format</c>) and in
/// <c>vankien.yaml</c> (<c>dinh-dang</c>). Every format is made from the printed document, the DOCX
/// the compiler builds: in this process (<see cref="FromDocx"/>), or by LibreOffice (PDF).
/// </summary>
/// <param name="Name">The name users write: "docx", "pdf".</param>
/// <param name="Extension">The extension of its files, with the dot: ".docx".</param>
/// <param name="Description">What it is for, in Vietnamese, for help texts and the JSON schema.</param>
public sealed record OutputFormat(string Name, string Extension, string Description)
{
    /// <summary>The format this one is made from ("docx" for PDF), or null for the DOCX itself.</summary>
    public string? MadeFrom { get; init; }

    /// <summary>This format's bytes from the printed DOCX, made here; null where LibreOffice makes them.</summary>
    public Func<byte[], byte[]>? FromDocx { get; init; }

    /// <summary>Made by LibreOffice from the DOCX, outside this process: slow to start, so batched per build.</summary>
    public bool ByLibreOffice => FromDocx is null;

    /// <summary>The file of this format for an output named <paramref name="outputName"/> (no extension).</summary>
    public string FileName(string outputName) => outputName + Extension;
}
