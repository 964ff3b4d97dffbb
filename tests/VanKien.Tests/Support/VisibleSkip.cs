namespace VanKien.Tests.Support;

/// <summary>
/// Puts a skipped test's reason into its name. `dotnet test` at its default verbosity lists skipped tests
/// by name only (the reason shows only at normal verbosity, among every passed test), so a newcomer's run
/// would say that tests were skipped but never why. The name keeps the class and method, as xunit's own
/// does, the class read from the file's name (one class per file, as the layout test holds).
/// </summary>
internal static class VisibleSkip
{
    public static void Apply(FactAttribute fact, string? reason, string member, string file)
    {
        if (reason is null) return;
        fact.Skip = reason;
        fact.DisplayName = $"{Path.GetFileNameWithoutExtension(file)}.{member} — skipped: {reason}";
    }
}
