using VanKien.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>
/// Loads YAML into a node tree with positions. A guard sits between the parser and the tree and
/// looks at every event as it passes: deep nesting and alias bombs are refused before the tree
/// they would make is complete, or walked — in one parse of the text.
/// </summary>
public static class YamlLoader
{
    /// <summary>A whole YAML file's bytes: strictly decoded (UTF-8, NFC, no control characters), then loaded as a mapping.</summary>
    public static YamlMappingNode? LoadFile(string path, byte[] bytes, ReaderLimits limits, DiagnosticBag diagnostics) =>
        SourceText.Decode(path, bytes, limits, diagnostics) is { } text ? LoadMapping(path, text, 1, limits, diagnostics) : null;

    public static YamlMappingNode? LoadMapping(string path, string yaml, int firstLine, ReaderLimits limits, DiagnosticBag diagnostics)
    {
        SourceLocation At(Mark mark) => new(path, (int)mark.Line + firstLine - 1, (int)mark.Column);

        if (TabIndentation(yaml) is { } tab)
        {
            // YamlDotNet reports a tab at the enclosing mapping; point at the tab itself.
            diagnostics.Add(Rules.YamlSyntax, new SourceLocation(path, tab.Line + firstLine - 1, tab.Column),
                "YAML không cho phép thụt lề bằng phím tab", "thay tab bằng dấu cách");
            return null;
        }
        try
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new GuardedParser(new Parser(new StringReader(yaml)), limits, At, diagnostics));
            }
            catch (GuardedParser.Refused)
            {
                return null;
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                diagnostics.Add(Rules.FrontMatter, new SourceLocation(path, firstLine, 1), "phần đầu YAML trống");
                return null;
            }
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Add(Rules.WrongType, At(stream.Documents[0].RootNode.Start),
                    "phần đầu YAML phải là các cặp 'khóa: giá trị'");
                return null;
            }
            if (ReadAsTagOrAnchor(root) is { } misread && YamlSyntaxExplanation.AtLine(yaml, (int)misread.Start.Line) is { } explained)
            {
                Report(explained);
                return null;
            }
            // Escapes such as "\a", "\x07" or "\u0000" in a quoted scalar make characters the
            // source check could not see; DOCX cannot hold them.
            foreach (var scalar in root.AllNodes.OfType<YamlScalarNode>())
            {
                if (scalar.Value is not { } value || SourceText.FirstControlCharacter(value) is not { } at) continue;
                diagnostics.Add(Rules.ControlCharacter, At(scalar.Start),
                    $"chuỗi có ký tự điều khiển U+{(int)value[at]:X4} (viết bằng dấu '\\')",
                    "bỏ chuỗi thoát tạo ra ký tự điều khiển, như \\a, \\x07, \\0");
                return null;
            }
            return root;
        }
        catch (YamlException ex)
        {
            if (DuplicateKey(ex) is { } key)
            {
                diagnostics.Add(Rules.YamlSyntax, At(ex.Start), $"khóa '{key}' xuất hiện hai lần");
                return null;
            }
            Report(YamlSyntaxExplanation.Explain(yaml, (int)ex.Start.Line, (int)ex.Start.Column, Innermost(ex).Message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these without a position for some unclosed flow collections and
            // some event sequences it cannot represent.
            Report(YamlSyntaxExplanation.Explain(yaml, 0, 1, ex.Message));
            return null;
        }

        void Report(YamlSyntaxExplanation.Explained explained) =>
            diagnostics.Add(Rules.YamlSyntax, new SourceLocation(path, explained.Line + firstLine - 1, explained.Column), explained.Message, explained.Hint);
    }

    /// <summary>
    /// A value the parser accepted but read otherwise than written: "!Về công tác" is a tag and
    /// the text "công tác", "&amp;Về công tác" an anchor and "công tác". VanKien's sources use
    /// neither tags nor an anchor that nothing refers to, so such a node is the author's text.
    /// </summary>
    private static YamlNode? ReadAsTagOrAnchor(YamlMappingNode root)
    {
        var uses = new Dictionary<YamlNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var node in root.AllNodes) uses[node] = uses.GetValueOrDefault(node) + 1;
        return root.AllNodes.FirstOrDefault(node =>
            (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            || (!node.Anchor.IsEmpty && uses[node] == 1));
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is YamlException inner ? Innermost(inner) : ex;

    /// <summary>The key of YamlDotNet's "Duplicate key x" error, wherever it sits in the chain.</summary>
    private static string? DuplicateKey(YamlException ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            var message = e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && cut > 0) message = message[(cut + 3)..];
            if (message.StartsWith("Duplicate key ", StringComparison.Ordinal)) return message["Duplicate key ".Length..];
        }
        return null;
    }

    /// <summary>The first tab in the indentation of a line (1-based line and column).</summary>
    private static (int Line, int Column)? TabIndentation(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0 && lines[i].Trim().Length > 0 && !lines[i].TrimStart().StartsWith('#')) return (i + 1, tab + 1);
        }
        return null;
    }
}
