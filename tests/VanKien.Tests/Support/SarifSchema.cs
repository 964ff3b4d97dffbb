using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// The SARIF 2.1.0 JSON Schema, as the official SARIF multitool's npm package ships it
/// (.ci/run installs it under tests/.tools), and a Python with the jsonschema module to apply it.
/// </summary>
internal static class SarifSchema
{
    public static string? Path { get; } = Find();

    public static string? Python { get; } = FindPython();

    private static string? Find()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("VANKIEN_SARIF_SCHEMA"),
            System.IO.Path.Combine(Repo.Root, "tests", ".tools", "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json"),
        };
        return candidates.FirstOrDefault(c => c is not null && File.Exists(c));
    }

    private static string? FindPython()
    {
        foreach (var python in new[] { "python3", "/usr/bin/python3" })
        {
            if (python.StartsWith('/') ? !File.Exists(python) : ExternalTool.Find(python) is null) continue;
            try
            {
                var name = python.StartsWith('/') ? python : ExternalTool.Find(python)!;
                var check = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(name, ["-c", "import jsonschema"])
                { RedirectStandardError = true, RedirectStandardOutput = true })!;
                check.WaitForExit(10_000);
                if (check.ExitCode == 0) return name;
            }
            catch (System.ComponentModel.Win32Exception)
            {
            }
        }
        return null;
    }

    /// <summary>The schema's complaints about a SARIF file (empty when it is valid).</summary>
    public static string[] Validate(string sarifFile)
    {
        const string script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            log = json.load(open(sys.argv[2], encoding="utf-8"))
            for error in jsonschema.Draft202012Validator(schema).iter_errors(log):
                print(error.json_path, error.message)
            """;
        var result = ExternalTool.Run(Python!, ["-c", script, Path!, sarifFile]);
        Assert.True(result.Error.Length == 0 || result.ExitCode == 0, result.Error);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <summary>A fact that needs the SARIF schema and Python's jsonschema: skips visibly without them, fails under CI.</summary>
internal sealed class SarifSchemaFactAttribute : FactAttribute
{
    public SarifSchemaFactAttribute([CallerMemberName] string member = "", [CallerFilePath] string file = "")
    {
        if ((SarifSchema.Path is null || SarifSchema.Python is null) && !ExternalTool.IsCi)
            VisibleSkip.Apply(this, "needs python3 with jsonschema and, for SARIF, the SARIF 2.1.0 schema (npm install --prefix tests/.tools @microsoft/sarif-multitool-linux@5.7.0); .ci/run installs both", member, file);
    }
}
