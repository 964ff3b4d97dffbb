using System.Globalization;

namespace VanKien.Publishing;

/// <summary>
/// The names of the results pages (<c>ket-qua/…-2027.html</c>), flat as readers know them: a
/// document's place with '/' turned into '-'. Flattening can give two documents one name
/// (<c>a-b/c.md</c> and <c>a/b-c.md</c>), so each name is claimed by one page only; a later claimant
/// gets "-2", "-3"… Pages are claimed in the site's fixed order, so the names are the same every run.
/// </summary>
internal sealed class ResultsPageNames
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>The page of <paramref name="documentPage"/> ("van-ban/a/b.html") for a role ("dashboard", "cell") and year.</summary>
    public string For(string role, string documentPage, int year)
    {
        var owner = $"{role}\n{documentPage}\n{year.ToString(CultureInfo.InvariantCulture)}";
        if (_names.TryGetValue(owner, out var known)) return known;
        var flat = Path.ChangeExtension(documentPage["van-ban/".Length..], null).Replace('/', '-') + "-" + year.ToString(CultureInfo.InvariantCulture);
        var name = $"ket-qua/{flat}.html";
        for (var n = 2; _owners.ContainsKey(name); n++) name = $"ket-qua/{flat}-{n.ToString(CultureInfo.InvariantCulture)}.html";
        _owners[name] = owner;
        return _names[owner] = name;
    }
}
