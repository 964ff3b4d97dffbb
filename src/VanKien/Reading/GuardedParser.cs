using VanKien.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace VanKien.Reading;

/// <summary>
/// A YAML parser that refuses, event by event, what would make a reader's work explode: nesting
/// deeper than the limit, too many aliases, and a document whose size with every alias expanded
/// passes twice the source limit (a few aliases of one large scalar stay under the alias count and
/// still make gigabytes when walked). On refusal it adds the diagnostic and throws <see cref="Refused"/>.
/// </summary>
internal sealed class GuardedParser(IParser inner, ReaderLimits limits, Func<Mark, SourceLocation> at, DiagnosticBag diagnostics) : IParser
{
    public sealed class Refused() : Exception("YAML vượt giới hạn");

    private readonly long _maxExpanded = 2L * limits.MaxSourceBytes;
    private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Size)> _open = new([(null, 0)]);
    private int _depth;
    private int _aliases;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case NodeEvent { } start and (MappingStart or SequenceStart):
                if (++_depth > limits.MaxYamlDepth) Refuse(start.Start, $"YAML lồng nhau quá {limits.MaxYamlDepth} cấp");
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 0));
                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                if (_open.Count > 1)
                {
                    var (anchor, size) = _open.Pop();
                    if (anchor is not null) _anchors[anchor] = size;
                    Add(size + 1, inner.Current.Start);
                }
                break;
            case Scalar scalar:
                var weight = scalar.Value.Length + 1L;
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = weight;
                Add(weight, scalar.Start);
                break;
            case AnchorAlias alias:
                if (++_aliases > limits.MaxYamlAliases) Refuse(alias.Start, $"YAML dùng quá {limits.MaxYamlAliases} bí danh (*alias)");
                Add(_anchors.GetValueOrDefault(alias.Value.Value, 1), alias.Start);
                break;
        }
        return true;
    }

    private void Add(long size, Mark mark)
    {
        var (anchor, total) = _open.Pop();
        _open.Push((anchor, total + size));
        if (total + size > _maxExpanded)
            Refuse(mark, $"YAML bung ra quá {Text.VietnameseText.Number(_maxExpanded)} ký tự khi thay các bí danh (*alias)");
    }

    private void Refuse(Mark mark, string message)
    {
        diagnostics.Add(Rules.Limit, at(mark), message);
        throw new Refused();
    }
}
