namespace VanKien.Output;

/// <summary>
/// The formats a build can write, by name, as pandoc's table of writers: <c>--format</c>, the project's
/// <c>dinh-dang</c>, the JSON schema and the help all ask this table, so a new format is one writer
/// and one line here.
/// </summary>
public static class OutputFormats
{
    /// <summary>Every format, in the order help lists them and a build writes them.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        DocxFormat.Format,
        PdfFormat.Format,
        TextFormat.Format,
    ];

    /// <summary>The printed document every other format is made from, and what a build writes unless told otherwise.</summary>
    public static OutputFormat Docx => DocxFormat.Format;

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    /// <summary>The names as a reader meets them in a message: "docx, pdf".</summary>
    public static string NameList => string.Join(", ", Names);

    public static OutputFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>"docx,pdf" as formats in the table's order (each once); null when a name is unknown or none is given.</summary>
    public static IReadOnlyList<OutputFormat>? Parse(string text) =>
        Parse(text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Names as formats in the table's order (each once); null when a name is unknown or none is given.</summary>
    public static IReadOnlyList<OutputFormat>? Parse(IEnumerable<string> names)
    {
        var chosen = new HashSet<OutputFormat>();
        foreach (var name in names)
        {
            if (Find(name) is not { } format) return null;
            chosen.Add(format);
        }
        return chosen.Count == 0 ? null : All.Where(chosen.Contains).ToList();
    }

    /// <summary>A choice of formats as one key ("docx,pdf"), the same whatever order it was given in.</summary>
    public static string Key(IEnumerable<OutputFormat> formats) => string.Join(',', All.Where(formats.Contains).Select(f => f.Name));
}
