namespace VanKien.Diagnostics;

/// <summary>Collects diagnostics while a stage runs; stages never throw for bad input.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(Rule rule, SourceLocation location, string message, string? hint = null) =>
        _items.Add(Diagnostic.Of(rule, location, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
