namespace VanKien.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
