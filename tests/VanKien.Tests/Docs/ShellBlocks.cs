using System.Diagnostics;
using System.Text;
using Markdig.Syntax;
using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// Runs a page's code blocks as a reader would, top to bottom, in a folder holding a copy of the
/// samples and templates (so a page may name <c>samples/…</c>). The blocks' info strings say what
/// each is (docs/bao-tri/tests.md):
/// <list type="bullet">
/// <item><c>```sh</c> (or <c>bash</c>, <c>shell</c>): commands, run by bash with <c>set -euo pipefail</c>;
/// <c>vankien</c> is the tool under test; <c>ma-thoat=N</c> after the language expects exit code N
/// (default 0). The working folder carries over from one block to the next (a <c>cd</c> holds).</item>
/// <item>any block with <c>tep=PATH</c>: a complete file the reader copies; written to PATH.</item>
/// <item><c>```diff tep=PATH</c>: an edit of PATH: in each hunk (hunks parted by <c>@@</c> lines) its <c>-</c> lines, found once, become its <c>+</c> lines.</item>
/// <item><c>```text ket-qua</c>: what the shell block before it prints; each of its lines must be in that output.</item>
/// <item>anything else (<c>```text</c>, <c>```yaml</c>, <c>```markdown</c> …): an illustration, not run.</item>
/// </list>
/// </summary>
internal static class ShellBlocks
{
    private static readonly string[] Shells = ["sh", "bash", "shell"];

    public sealed record Block(int Line, string Info, IReadOnlyDictionary<string, string> Arguments, string Text);

    public static IReadOnlyList<Block> Of(string page) =>
        DocumentationPages.Parse(page).Descendants<FencedCodeBlock>()
            .Select(fence => new Block(fence.Line + 1, fence.Info ?? "", Arguments(fence.Arguments), Text(fence)))
            .ToList();

    /// <summary>Whether a block runs: a shell block, a file or an edit.</summary>
    public static bool Runs(Block block) => Shells.Contains(block.Info) || block.Arguments.ContainsKey("tep");

    /// <summary>Runs every block of the page; returns the working folder (where the last block left it) and the log.</summary>
    public static (string Root, string Folder, string Log) Run(string page)
    {
        var root = Repo.CopyOfSamples();
        var folder = root;
        var log = new StringBuilder();
        var lastOutput = "";
        foreach (var block in Of(page).Where(b => Runs(b) || b.Arguments.ContainsKey("ket-qua")))
        {
            var where = $"{page}:{block.Line}";
            if (block.Arguments.ContainsKey("ket-qua"))
            {
                foreach (var line in block.Text.Split('\n').Where(l => l.Trim().Length > 0))
                    Assert.True(lastOutput.Contains(line.TrimEnd(), StringComparison.Ordinal), $"{where}: the page shows \"{line}\", which the block before it did not print:\n{lastOutput}");
                continue;
            }
            if (block.Arguments.TryGetValue("tep", out var file))
            {
                var path = Path.Combine(folder, file);
                if (block.Info == "diff") Edit(path, block.Text, where);
                else { Directory.CreateDirectory(Path.GetDirectoryName(path)!); File.WriteAllText(path, block.Text); }
                log.Append($"== {where}: {(block.Info == "diff" ? "sửa" : "tệp")} {file}\n");
                continue;
            }
            var expected = block.Arguments.TryGetValue("ma-thoat", out var code) ? int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var (exit, output, after) = Shell(folder, block.Text);
            log.Append($"== {where}: $ {block.Text.TrimEnd().Replace("\n", "\n  ")}\n{output}");
            Assert.True(exit == expected, $"{where}: the block exited {exit}, the page expects {expected}\n{log}");
            folder = after;
            lastOutput = output;
        }
        return (root, folder, log.ToString());
    }

    private static (int Exit, string Output, string Folder) Shell(string folder, string commands)
    {
        var state = Path.Combine(Repo.NewTempFolder(), "thu-muc");
        var script = "set -euo pipefail\n" +
                     "vankien() { $VANKIEN \"$@\"; }\n" +
                     "trap 'pwd > \"$VK_THU_MUC\"' EXIT\n" +
                     commands;
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["VANKIEN"] = VankienProcess.ShellCommand;
        start.Environment["VK_THU_MUC"] = state;
        start.Environment["NO_COLOR"] = "1";
        // git as a fresh user's: a name for commits, no signing, no system or global settings.
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Văn phòng";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "vp@example.invalid";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the block did not finish in five minutes:\n{commands}");
        }
        process.WaitForExit();
        var after = File.Exists(state) ? File.ReadAllText(state).Trim() : folder;
        return (process.ExitCode, output.Result + error.Result, after);
    }

    /// <summary>
    /// An edit shown as a diff, in hunks parted by "@@" lines: in each, the lines marked "-" (with the
    /// unmarked ones among them), found once in the file, become those marked "+".
    /// </summary>
    private static void Edit(string path, string diff, string where)
    {
        Assert.True(File.Exists(path), $"{where}: the edit names {path}, which no block wrote");
        var text = File.ReadAllText(path);
        var hunks = new List<List<string>> { new() };
        foreach (var line in diff.Split('\n').SkipLast(1))
            if (line.StartsWith("@@", StringComparison.Ordinal)) hunks.Add([]);
            else hunks[^1].Add(line);
        foreach (var hunk in hunks.Where(h => h.Count > 0))
        {
            var before = new StringBuilder();
            var after = new StringBuilder();
            foreach (var line in hunk)
            {
                if (line.StartsWith('-')) before.Append(line[1..]).Append('\n');
                else if (line.StartsWith('+')) after.Append(line[1..]).Append('\n');
                else { var same = line.StartsWith(' ') ? line[1..] : line; before.Append(same).Append('\n'); after.Append(same).Append('\n'); }
            }
            var old = before.ToString();
            var first = text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(first >= 0 && text.IndexOf(old, first + 1, StringComparison.Ordinal) < 0, $"{where}: the lines to change are not found exactly once in {path}:\n{old}");
            text = text[..first] + after + text[(first + old.Length)..];
        }
        File.WriteAllText(path, text);
    }

    private static Dictionary<string, string> Arguments(string? arguments) =>
        (arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split('=', 2))
            .ToDictionary(a => a[0], a => a.Length > 1 ? a[1] : "", StringComparer.Ordinal);

    private static string Text(FencedCodeBlock fence)
    {
        var text = new StringBuilder();
        for (var i = 0; i < fence.Lines.Count; i++) text.Append(fence.Lines.Lines[i].Slice.ToString()).Append('\n');
        return text.ToString();
    }
}
