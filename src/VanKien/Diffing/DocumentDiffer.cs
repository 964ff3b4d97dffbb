using VanKien.Model;

namespace VanKien.Diffing;

/// <summary>The semantic diff of two documents: over the model, not the text.</summary>
public static class DocumentDiffer
{
    public static DocumentDiff Compare(Document older, Document newer, string? oldName = null, string? newName = null)
    {
        var targets = TargetDiff.Between(older, newer);
        return new(
            oldName ?? older.SourcePath,
            newName ?? newer.SourcePath,
            FrameDiff.Between(older, newer),
            targets.Targets,
            targets.Groups,
            ProseDiff.Between(older, newer));
    }
}
