using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// What a test needs of the machine beyond a program on PATH, each with the check that tells whether it
/// is there. A test needing one is marked <see cref="RequirementFactAttribute"/>: it skips with the reason
/// in its name where the requirement is missing, and fails under CI, whose .ci/run provides them all.
/// </summary>
internal static class Requirement
{
    /// <summary>A python3 with html5lib (Debian's python3-html5lib is for Debian's python; a python3 earlier on PATH may lack it).</summary>
    public const string Html5Lib = "html5lib";

    /// <summary>env(1) that resets a signal's disposition (coreutils 9): a suite run as a background job hands its children SIGINT ignored.</summary>
    public const string EnvDefaultSignal = "env --default-signal";

    /// <summary>SoftHSM2's PKCS#11 library (Debian: softhsm2): a token to sign with, as an office's USB token.</summary>
    public const string SoftHsm = "softhsm2";

    public static string? SoftHsmLibrary { get; } =
        new[] { "/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so" }.FirstOrDefault(File.Exists);

    public static string? PythonWithHtml5Lib { get; } =
        new[] { "python3", "/usr/bin/python3" }.FirstOrDefault(p => ExternalTool.Find(p) is not null && ExternalTool.Run(p, ["-c", "import html5lib"]).ExitCode == 0);

    private static readonly Lazy<bool> EnvResetsSignals = new(() =>
        ExternalTool.Find("env") is not null && ExternalTool.Run("env", ["--default-signal=INT", "true"]).ExitCode == 0);

    public static string? SkipReason(string requirement)
    {
        if (ExternalTool.IsCi) return null;
        return requirement switch
        {
            Html5Lib when PythonWithHtml5Lib is null => "needs python3 with html5lib (Debian: python3-html5lib; installed by .ci/run; under CI=true this test fails instead of skipping)",
            EnvDefaultSignal when !EnvResetsSignals.Value => "needs env --default-signal (coreutils 9) to give the build the default SIGINT disposition; under CI=true this test fails instead of skipping",
            SoftHsm when SoftHsmLibrary is null => "needs SoftHSM2's PKCS#11 library (Debian: softhsm2; installed by .ci/run; under CI=true this test fails instead of skipping)",
            Html5Lib or EnvDefaultSignal or SoftHsm => null,
            _ => throw new ArgumentException($"unknown requirement '{requirement}'", nameof(requirement)),
        };
    }
}

/// <summary>A fact that needs a <see cref="Requirement"/> (and perhaps a program on PATH).</summary>
internal sealed class RequirementFactAttribute : FactAttribute
{
    public RequirementFactAttribute(string requirement, string? program = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, Requirement.SkipReason(requirement) ?? ExternalTool.SkipReason([program]), member, file);
}
