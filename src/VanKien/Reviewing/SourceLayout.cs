using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VanKien.Reviewing;

/// <summary>What a place in a source is written in, which decides how new words are written there.</summary>
internal enum Region
{
    /// <summary>YAML: a Markdown source's front matter, or a YAML source above its body.</summary>
    Yaml,
    /// <summary>Markdown: a Markdown source's body.</summary>
    Markdown,
    /// <summary>Markdown inside a YAML block scalar (a YAML source's <c>than-van-ban: |</c>), each line indented.</summary>
    IndentedMarkdown,
}

/// <summary>
/// The lines of a source and what each is written in, and the YAML scalar that holds a place of the
/// front matter — read with the YAML parser, so that a value's extent and its quoting are the
/// parser's, never guessed from commas and colons.
/// </summary>
internal sealed class SourceLayout(string path, string text)
{
    public string Text => text;

    public (int Start, int End) LineAround(int index)
    {
        var start = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var end = text.IndexOf('\n', index);
        return (start, end < 0 ? text.Length : end);
    }

    public string LineAt(int index)
    {
        var (start, end) = LineAround(index);
        return text[start..end];
    }

    // Found once for every question asked of the source: asked per edit, each would read the whole text.
    private readonly Text.LineMap _lines = new(text);
    private int? _closer = -1;
    private List<Scalar>? _scalars;

    public Region RegionAt(int index)
    {
        var lineStart = LineAround(index).Start;
        if (!Reading.DocumentReader.IsYamlSource(path))
        {
            // Markdown below the line that closes the front matter.
            if (_closer == -1) _closer = Reading.FrontMatter.CloserLine(text.Split('\n'));
            return _closer is { } closer && closer < _lines.LineOf(lineStart) ? Region.Markdown : Region.Yaml;
        }
        var body = text.IndexOf("\nthan-van-ban:", StringComparison.Ordinal);
        return body >= 0 && lineStart > body + 1 ? Region.IndentedMarkdown : Region.Yaml;
    }

    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <summary>
    /// The next free id in an id's series — "t-09" → "t-10" (or the first after it that neither the
    /// source nor an earlier new target holds); "xdd-a" → "xdd-a-2"….
    /// </summary>
    public string NextId(string id)
    {
        var numbered = System.Text.RegularExpressions.Regex.Match(id, "^(?<stem>.*?)(?<number>[0-9]+)$");
        var stem = numbered.Success ? numbered.Groups["stem"].Value : id + "-";
        var width = numbered.Success ? numbered.Groups["number"].Length : 1;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        for (var n = numbered.Success ? int.Parse(numbered.Groups["number"].Value, culture) + 1 : 2; ; n++)
        {
            var candidate = stem + n.ToString(culture).PadLeft(width, '0');
            if (!_issued.Contains(candidate) &&
                !System.Text.RegularExpressions.Regex.IsMatch(text, $@"\bid:\s*""?{System.Text.RegularExpressions.Regex.Escape(candidate)}""?\s*[,}}\n]"))
            {
                _issued.Add(candidate);
                return candidate;
            }
        }
    }

    /// <summary>A scalar of the YAML: where its text starts and ends in the source, its value, its style, and whether it stands in a flow collection ("[…]", "{…}"), where commas and brackets are syntax.</summary>
    public readonly record struct Scalar(int Start, int End, string Value, ScalarStyle Style, bool InFlow);

    /// <summary>The scalar whose text holds <paramref name="index"/>, or null (a key, a comment, YAML the parser refuses).</summary>
    public Scalar? ScalarAt(int index)
    {
        var scalars = _scalars ??= Scalars();
        int low = 0, high = scalars.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (scalars[mid].Start <= index) low = mid + 1; else high = mid;
        }
        return low > 0 && index < scalars[low - 1].End ? scalars[low - 1] : null;
    }

    /// <summary>The YAML's scalars in order, read once; up to where the parser refuses the YAML, if it does.</summary>
    private List<Scalar> Scalars()
    {
        var scalars = new List<Scalar>();
        var (yaml, offset) = YamlPart();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var flow = new Stack<bool>();
            while (parser.MoveNext())
                switch (parser.Current)
                {
                    case SequenceStart sequence:
                        flow.Push(sequence.Style == YamlDotNet.Core.Events.SequenceStyle.Flow || flow.Count > 0 && flow.Peek());
                        break;
                    case MappingStart mapping:
                        flow.Push(mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow || flow.Count > 0 && flow.Peek());
                        break;
                    case SequenceEnd or MappingEnd:
                        flow.Pop();
                        break;
                    case YamlDotNet.Core.Events.Scalar scalar:
                        scalars.Add(new Scalar((int)scalar.Start.Index + offset, (int)scalar.End.Index + offset, scalar.Value, scalar.Style, flow.Count > 0 && flow.Peek()));
                        break;
                }
        }
        catch (YamlException)
        {
        }
        return scalars;
    }

    /// <summary>The text of the YAML part and where it starts in the source.</summary>
    private (string Yaml, int Offset) YamlPart()
    {
        if (Reading.DocumentReader.IsYamlSource(path)) return (text, 0);
        var lines = text.Split('\n');
        if (lines.Length == 0 || !Reading.FrontMatter.IsOpener(lines[0]) || Reading.FrontMatter.CloserLine(lines) is not { } closer) return ("", 0);
        var offset = lines[0].Length + 1;
        var length = lines.Skip(1).Take(closer - 1).Sum(l => l.Length + 1);
        return (text.Substring(offset, Math.Min(length, text.Length - offset)), offset);
    }
}
