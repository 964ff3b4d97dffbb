using System.Text.RegularExpressions;

namespace VanKien.Editing;

/// <summary>
/// Where a position stands in a source's text: inside the front matter (or a YAML source) or the
/// body, on which key, under which mapping — what completion, hover and go-to-definition ask first.
/// Lines and characters are 0-based, as the Language Server Protocol counts them.
/// </summary>
public sealed partial record SourcePosition(string[] Lines, int Line, int Character, bool InFrontMatter)
{
    public static SourcePosition Of(string path, string text, int line, int character)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        line = Math.Clamp(line, 0, lines.Length - 1);
        character = Math.Clamp(character, 0, lines[line].Length);
        bool inFrontMatter;
        if (Reading.DocumentReader.IsYamlSource(path)) inFrontMatter = !lines.Take(line).Any(l => l.StartsWith("than-van-ban:", StringComparison.Ordinal));
        else
        {
            var opened = lines.Length > 0 && Reading.FrontMatter.IsOpener(lines[0]);
            inFrontMatter = opened && line > 0 && (Reading.FrontMatter.CloserLine(lines) is not { } closer || line < closer);
        }
        return new SourcePosition(lines, line, character, inFrontMatter);
    }

    public string LineText => Lines[Line];

    public string BeforeCursor => LineText[..Character];

    /// <summary>The key of this line ("cha" in "        cha: CT-02") and the value written after it.</summary>
    public (string Key, string Value, int ValueStart)? KeyAndValue =>
        KeyLine().Match(LineText) is { Success: true } m ? (m.Groups["key"].Value, m.Groups["value"].Value.Trim().Trim('"', '\''), m.Groups["value"].Index) : null;

    /// <summary>The mapping keys above this line, innermost first ("muc", "chi-tieu" for a target's key).</summary>
    public IReadOnlyList<string> Ancestors
    {
        get
        {
            var result = new List<string>();
            var indent = Indent(LineText);
            for (var i = Line - 1; i >= 0 && indent > 0; i--)
            {
                var above = Lines[i];
                if (above.Trim().Length == 0 || above.TrimStart().StartsWith('#')) continue;
                var aboveIndent = Indent(above);
                if (aboveIndent >= indent) continue;
                if (KeyLine().Match(above) is { Success: true } m) result.Add(m.Groups["key"].Value);
                indent = aboveIndent;
            }
            return result;
        }
    }

    /// <summary>Columns before the key, counting a list's "- " as indentation.</summary>
    private static int Indent(string line) => LeadingKey().Match(line) is { Success: true } m ? m.Groups["key"].Index : line.Length - line.TrimStart().Length;

    /// <summary>The word under the cursor, of the characters ids and numbers are made of.</summary>
    public string Word
    {
        get
        {
            var start = Character;
            while (start > 0 && IsWordChar(LineText[start - 1])) start--;
            var end = Character;
            while (end < LineText.Length && IsWordChar(LineText[end])) end++;
            return LineText[start..end];
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '.';

    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[a-z][a-z0-9-]*):(\s+(?<value>.*))?$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^\s*(-\s+)?(?<key>\S)")]
    private static partial Regex LeadingKey();
}
