using VanKien.Model;

namespace VanKien.Diffing;

/// <summary>The semantic diff of two documents: over the model, not the text.</summary>
public static class DocumentDiffer
{
    public static DocumentDiff Compare(Document older, Document newer, string? oldName = null, string? newName = null) => new(
        oldName ?? older.SourcePath,
        newName ?? newer.SourcePath,
        FrameDiff.Between(older, newer),
        TargetDiff.Between(older, newer),
        ProseDiff.Between(older, newer));
}
