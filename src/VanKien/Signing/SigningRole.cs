using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// Who signs — the signer (<see cref="Signer"/>) or the organisation (<see cref="Organisation"/>) — and
/// what the project's <c>ky-so</c> section in the nearest <c>vankien.yaml</c> says for that role: its
/// certificate or token, its images, the time-stamp server. An option given on the command line wins.
/// </summary>
public static class SigningRole
{
    public const string Signer = Project.SigningSettings.SignerKey;
    public const string Organisation = Project.SigningSettings.OrganisationKey;

    /// <summary>The settings of one role, and whether the project has any for it.</summary>
    public sealed record Settings(string? Certificate, string? TokenLibrary, string? TokenLabel, string? SignatureImage, string? SealImage, double? SealWidthMm, string? TimeStampServer, bool Found);

    /// <summary>
    /// The role's settings from the project file nearest above the PDF, else above the working folder;
    /// null, with the project file's diagnostics, when that file has errors.
    /// </summary>
    public static Settings? Read(string pdf, string workingFolder, string? role, DiagnosticBag diagnostics)
    {
        var projectPath = Project.ProjectFileReader.Find(pdf) ?? Project.ProjectFileReader.Find(workingFolder);
        if (role is null || projectPath is null) return new Settings(null, null, null, null, null, null, null, false);
        var project = Project.ProjectFileReader.Read(projectPath, diagnostics);
        if (diagnostics.HasErrors) return null;
        var chosen = role == Signer ? project.Signing?.Signer : project.Signing?.Organisation;
        return new Settings(chosen?.Certificate, chosen?.TokenLibrary, chosen?.TokenLabel, chosen?.SignatureImage, chosen?.SealImage, chosen?.SealWidthMm,
            project.Signing?.TimeStampServer, chosen is not null);
    }
}
