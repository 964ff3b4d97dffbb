namespace VanKien.Cli;

/// <summary>
/// A password or PIN asked for at the terminal, not echoed, when its environment variable is not set:
/// secrets never go into vankien.yaml nor onto a command line (shell history, process list). Without a
/// terminal (CI, a pipe) nothing is asked, and the missing secret is the signer's diagnostic.
/// </summary>
internal static class SecretPrompt
{
    public static string? Get(string variable, string question, TextWriter error)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given) return given;
        if (Console.IsInputRedirected) return null;
        error.Write($"{question} (hoặc đặt biến môi trường {variable}): ");
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (secret.Length > 0) secret.Length--; }
            else if (!char.IsControl(key.KeyChar)) secret.Append(key.KeyChar);
        }
        error.WriteLine();
        return secret.ToString();
    }
}
