namespace VanKien.Model;

/// <summary>Inline content of a paragraph, heading or cell.</summary>
public abstract record Inline;

/// <summary>A run of text with its emphasis.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;
