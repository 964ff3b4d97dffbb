namespace VanKien.Cli;

/// <summary>The contract CI relies on.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int UsageOrEnvironment = 2;

    /// <summary>Stopped by Ctrl-C or SIGTERM: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
