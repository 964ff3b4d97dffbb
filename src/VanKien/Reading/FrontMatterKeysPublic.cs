namespace VanKien.Reading;

/// <summary>The source language's keys, for tools outside the reader (the JSON Schema).</summary>
public static class FrontMatterKeysPublic
{
    public static IReadOnlyList<string> Document => FrontMatterKeys.Document;

    public static IReadOnlyList<string> IssuingBodies => FrontMatterKeys.IssuingBodies;

    public static IReadOnlyList<string> Signature => FrontMatterKeys.Signature;

    public static IReadOnlyList<string> TargetGroup => FrontMatterKeys.TargetGroup;

    public static IReadOnlyList<string> Target => FrontMatterKeys.Target;

    public static IReadOnlyList<string> Waiver => FrontMatterKeys.Waiver;

    public const string Body = FrontMatterKeys.Body;
}
