using VanKien.Building;
using VanKien.Reading;

namespace VanKien.Cli.Commands;

internal static class Sources
{
    /// <summary>Sources named on the command line, or null (after a message) when a path does not exist, or none is found and <paramref name="emptyIsClean"/> is false.</summary>
    public static IReadOnlyList<SourceItem>? Discover(string[] inputs, TextWriter error, bool emptyIsClean = false)
    {
        var found = SourceDiscovery.Discover(inputs);
        foreach (var missing in found.Missing) error.WriteLine($"vankien: không tìm thấy '{missing}'");
        if (found.Missing.Count > 0) return null;
        if (found.Sources.Count == 0 && !emptyIsClean)
        {
            error.WriteLine("vankien: không có văn bản nguồn nào (tệp .md mở đầu bằng '---', hoặc tệp .yaml có 'loai:')");
            error.WriteLine(ProjectScope.NextStep);
            return null;
        }
        return found.Sources;
    }

    public static System.CommandLine.Argument<string[]> PathsArgument() => new("paths")
    {
        Arity = System.CommandLine.ArgumentArity.OneOrMore,
        Description = "Tệp nguồn (.md, .yaml) hoặc thư mục chứa chúng",
    };
}
