namespace VanKien.Model;

/// <summary>Inline content of a paragraph, heading or cell.</summary>
public abstract record Inline;

/// <summary>A run of text with its emphasis.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false) : Inline;

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record LineBreak : Inline;

/// <summary>Inline content composed by the program rather than read.</summary>
public static class Inlines
{
    /// <summary>Text without emphasis; nothing for an empty string.</summary>
    public static IReadOnlyList<Inline> Plain(string text) => text.Length == 0 ? [] : [new TextRun(text)];
}
