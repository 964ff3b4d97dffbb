using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>
/// Typed, position-keeping access to one YAML mapping: unknown keys are reported once (with a
/// "did you mean"), and every accessor reports a wrong type or a missing field instead of throwing.
/// </summary>
internal sealed partial class YamlMap
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly YamlSource _source;

    public YamlMap(YamlSource source, YamlMappingNode node, string? context, IReadOnlyCollection<string> knownKeys)
    {
        _source = source;
        Node = node;
        Context = context;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                source.Report(Rules.WrongType, keyNode, "khóa phải là một chuỗi");
                continue;
            }
            if (!knownKeys.Contains(key))
            {
                var suggestion = EditDistance.Closest(key, knownKeys);
                source.Report(Rules.UnknownKey, keyNode, $"khóa '{Qualified(key)}' không được hỗ trợ",
                    suggestion is null ? $"các khóa hợp lệ: {string.Join(", ", knownKeys)}" : $"có phải ý bạn là '{suggestion}'?");
                continue;
            }
            _values[key] = value;
        }
    }

    public YamlMappingNode Node { get; }

    public string? Context { get; }

    public SourceLocation Location => _source.At(Node);

    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>Where a key given with no value stands ("ngay:" left blank in a draft), or null when it is absent or has a value.</summary>
    public SourceLocation? BlankAt(string key)
    {
        if (!_values.TryGetValue(key, out var node) || node is not YamlScalarNode scalar || VietnameseText.Squash(scalar.Value ?? "").Length > 0) return null;
        return KeyAt(key);
    }

    private SourceLocation KeyAt(string key) => _source.At(Node.Children.Keys.OfType<YamlScalarNode>().First(k => k.Value == key));

    public Located<string>? Text(string key, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node)) return Missing<Located<string>>(key, required);
        if (node is not YamlScalarNode scalar)
        {
            _source.Report(Rules.WrongType, node, $"'{Qualified(key)}' phải là một chuỗi, không phải {YamlSource.Describe(node)}");
            return null;
        }
        var value = VietnameseText.Squash(scalar.Value ?? "");
        if (value.Length == 0)
        {
            // Written but left blank: said where it is written, not at the top of the block.
            if (required) _source.Report(Rules.MissingField, KeyAt(key), $"trường bắt buộc '{Qualified(key)}' để trống");
            return null;
        }
        // A place left to fill («…») is reported once, where it stands (DocumentReader): not given yet.
        if (Placeholders.In(value)) return null;
        return new Located<string>(value, _source.At(scalar));
    }

    public Located<DateOnly>? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        // Both the ISO form and the one every Vietnamese document is dated in ("08/08/2025", day first).
        int year, month, day;
        if (IsoDate().Match(text.Value) is { Success: true } iso)
            (year, month, day) = (Parse(iso.Groups[1].Value), Parse(iso.Groups[2].Value), Parse(iso.Groups[3].Value));
        else if (DayMonthYear().Match(text.Value) is { Success: true } local)
            (day, month, year) = (Parse(local.Groups[1].Value), Parse(local.Groups[2].Value), Parse(local.Groups[3].Value));
        else
        {
            _source.Report(Rules.InvalidDate, text.Location, $"'{Qualified(key)}': '{text.Value}' không phải một ngày",
                "viết NGÀY/THÁNG/NĂM, ví dụ 01/10/2025, hoặc NĂM-THÁNG-NGÀY, ví dụ 2025-10-01");
            return null;
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            _source.Report(Rules.InvalidDate, text.Location, $"'{Qualified(key)}': ngày {day:00}/{month:00}/{year} không tồn tại");
            return null;
        }
        return new Located<DateOnly>(new DateOnly(year, month, day), text.Location);
    }

    public YamlMap? Map(string key, IReadOnlyCollection<string> knownKeys, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node)) return Missing<YamlMap>(key, required);
        if (node is not YamlMappingNode mapping)
        {
            _source.Report(Rules.WrongType, node, $"'{Qualified(key)}' phải gồm các cặp 'khóa: giá trị', không phải {YamlSource.Describe(node)}");
            return null;
        }
        return new YamlMap(_source, mapping, Qualified(key), knownKeys);
    }

    /// <summary>The items of a list, or an empty list (after a diagnostic) when it is not one.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key, bool required = false)
    {
        if (!_values.TryGetValue(key, out var node))
        {
            Missing<object>(key, required);
            return [];
        }
        if (node is YamlScalarNode { Value: null or "" } && !required) return [];
        if (node is not YamlSequenceNode sequence)
        {
            _source.Report(Rules.WrongType, node, $"'{Qualified(key)}' phải là một danh sách (mỗi mục một dòng '- …'), không phải {YamlSource.Describe(node)}");
            return [];
        }
        return sequence.Children.ToList();
    }

    /// <summary>
    /// A list whose items are each a mapping, read with their own known keys; an item of another
    /// shape is reported with <paramref name="shape"/> (what an item must hold) and skipped.
    /// </summary>
    public IEnumerable<YamlMap> Mappings(string key, IReadOnlyCollection<string> knownKeys, string shape, bool required = false)
    {
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlMappingNode mapping)
                yield return new YamlMap(_source, mapping, Qualified(key), knownKeys);
            else
                _source.Report(Rules.WrongType, item, $"mỗi mục của '{Qualified(key)}' phải có {shape}");
        }
    }

    /// <summary>A list whose items are all text.</summary>
    public IReadOnlyList<Located<string>> TextList(string key, bool required = false)
    {
        var result = new List<Located<string>>();
        foreach (var item in Sequence(key, required))
        {
            if (item is YamlScalarNode placeholder && Placeholders.In(placeholder.Value ?? "")) continue;
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                result.Add(new Located<string>(VietnameseText.Squash(scalar.Value), _source.At(scalar)));
            else
                _source.Report(Rules.WrongType, item, $"mỗi mục của '{Qualified(key)}' phải là một dòng chữ, không phải {YamlSource.Describe(item)}");
        }
        return result;
    }

    private T? Missing<T>(string key, bool required) where T : class
    {
        if (required) _source.Report(Rules.MissingField, Location, $"thiếu trường bắt buộc '{Qualified(key)}'");
        return null;
    }

    private string Qualified(string key) => Context is null ? key : $"{Context}.{key}";

    private static int Parse(string digits) => VanKien.Values.AsciiDigits.Parse(digits);

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})$")]
    private static partial Regex DayMonthYear();
}
