using System.CommandLine;

namespace VanKien.Cli.Commands;

/// <summary>The sources a project command works on: files or folders, or — none given — the whole project.</summary>
internal static class SourcePaths
{
    public static Argument<string[]> Create() => new("paths")
    {
        Arity = ArgumentArity.ZeroOrMore,
        Description = "Tệp nguồn (.md, .yaml) hoặc thư mục; bỏ trống: cả dự án (vankien.yaml)",
    };
}
