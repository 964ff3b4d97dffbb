namespace VanKien;

/// <summary>
/// The compiler's version as built (with its source revision): the build cache keys outputs on it,
/// and the DOCX properties name it.
/// </summary>
public static class ToolVersion
{
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0";
}
