namespace VanKien.Scaffolding;

/// <summary>
/// What <c>vankien init</c> writes into a folder: the schemas the sources' modelines point at (for the
/// YAML language server in VS Code), the .gitignore that keeps outputs out of the repository (merged
/// into one already there), and the commented project file — last, so that a write the disk refuses
/// leaves no project file whose schemas are missing, and init can run again.
/// </summary>
public static class ProjectScaffold
{
    public static string ProjectFileName => Project.ProjectFile.FileName;

    public static string GitignoreName => Project.ProjectGitignore.FileName;

    /// <summary>The files to write, in order, each with its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string folder)
    {
        var schemas = Path.Combine(folder, ".vankien");
        var ignore = Path.Combine(folder, Project.ProjectGitignore.FileName);
        var files = new List<(string Path, string Text)>
        {
            (Path.Combine(schemas, "du-an.schema.json"), Schema.JsonSchemas.Project()),
            (Path.Combine(schemas, "van-ban.schema.json"), Schema.JsonSchemas.Document()),
            (Path.Combine(schemas, "ket-qua.schema.json"), Schema.JsonSchemas.Results()),
        };
        if (Project.ProjectGitignore.Merge(File.Exists(ignore) ? File.ReadAllText(ignore) : null) is { } ignored) files.Add((ignore, ignored));
        files.Add((Path.Combine(folder, Project.ProjectFile.FileName), Project.ProjectFileReader.Starter + "\n"));
        return files;
    }
}
