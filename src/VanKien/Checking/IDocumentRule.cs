using VanKien.Diagnostics;

namespace VanKien.Checking;

/// <summary>One independent check over a typed document. Rules never throw for bad input.</summary>
public interface IDocumentRule
{
    Rule Rule { get; }

    IEnumerable<Diagnostic> Check(CheckContext context);
}
