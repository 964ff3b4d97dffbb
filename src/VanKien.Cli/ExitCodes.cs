namespace VanKien.Cli;

/// <summary>The contract CI relies on.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int UsageOrEnvironment = 2;
}
