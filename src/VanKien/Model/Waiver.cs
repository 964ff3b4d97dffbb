using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>A parent target the document explicitly does not adopt (<c>mien:</c>), and why.</summary>
public sealed record Waiver(Located<string> ParentId, Located<string>? Reason, SourceLocation Location);
