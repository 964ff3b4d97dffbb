namespace VanKien.Diagnostics;

/// <summary>
/// The time one document may take, looked at inside the loops whose work grows with the input
/// (phrases of a sentence, blocks of a body, rules, paragraphs written) rather than only between
/// stages: a stage that would run for minutes stops within a step of the limit. The budget belongs
/// to the thread compiling the document (documents compile one per thread).
/// </summary>
public static class WorkBudget
{
    /// <summary>Thrown when the budget is spent; the compiler turns it into VK0009 at the document.</summary>
    public sealed class Exceeded() : Exception("hết thời gian cho văn bản");

    [ThreadStatic] private static long _deadline;

    /// <summary>Starts a budget of <paramref name="seconds"/> on this thread; disposing it ends the budget.</summary>
    public static Scope Start(double seconds)
    {
        var previous = _deadline;
        _deadline = Environment.TickCount64 + (long)Math.Min(seconds * 1000, int.MaxValue);
        return new Scope(previous);
    }

    /// <summary>
    /// No budget on this thread until the scope is disposed: for work done on behalf of others (reading
    /// the whole project for a reference), which is not the document's own.
    /// </summary>
    public static Scope Suspend()
    {
        var previous = _deadline;
        _deadline = 0;
        return new Scope(previous);
    }

    /// <summary>Throws <see cref="Exceeded"/> when this thread's budget is spent; free when none was started.</summary>
    public static void Check()
    {
        if (_deadline != 0 && Environment.TickCount64 > _deadline) throw new Exceeded();
    }

    /// <summary>VK0009's words when a document's budget is spent, for every command that keeps one.</summary>
    public static string SpentMessage(double seconds) =>
        $"xử lý văn bản quá {seconds.ToString("0.##########", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} giây";

    public const string SpentHint = "nâng 'gioi-han: giay-moi-van-ban' trong vankien.yaml nếu máy chậm";

    public readonly struct Scope(long previous) : IDisposable
    {
        public void Dispose() => _deadline = previous;
    }
}
