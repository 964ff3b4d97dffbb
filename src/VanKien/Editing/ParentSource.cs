using VanKien.Model;

namespace VanKien.Editing;

/// <summary>A parent as the editor may show it: its full path, its document when it reads, and whether the gate let it be read at all.</summary>
public sealed record ParentSource(string Path, Document? Document, bool Read);
