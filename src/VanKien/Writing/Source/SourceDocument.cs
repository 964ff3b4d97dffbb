using VanKien.Model;

namespace VanKien.Writing.Source;

/// <summary>
/// What a source file says, ready to be written: the frame as text, each field optional (an import
/// may not have found one, a new document leaves «…» in it), and the targets and body as model
/// nodes. Every writer of sources — import, <c>new</c>, <c>report</c> — builds one of these and
/// hands it to <see cref="SourceWriter"/>; none of them spells the source language itself.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>Lines of the comment that opens the front matter (who made the file and what to do next).</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];

    public string? Kind { get; init; }
    public string? Profile { get; init; }
    public string? Number { get; init; }
    /// <summary>The <c>du-thao</c> value: "true", or the draft's round ("lần 2"); none where the number alone says it is a draft.</summary>
    public string? Draft { get; init; }
    /// <summary>The <c>de-muc</c> value ("phan"), where the document sets its own heading scheme.</summary>
    public string? HeadingScheme { get; init; }
    public string? SuperiorBody { get; init; }
    public string? IssuingBody { get; init; }
    public string? NameInText { get; init; }
    public string? Place { get; init; }

    /// <summary>A date, or the text left for the author where there is none yet.</summary>
    public string? Date { get; init; }

    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? Term { get; init; }
    public string? ParentPath { get; init; }
    public string? OrganisationKind { get; init; }
    public IReadOnlyList<string> Subordinates { get; init; } = [];
    public IReadOnlyList<string> Bases { get; init; } = [];

    /// <summary>The authority named above the căn cứ (<c>tham-quyen-ban-hanh</c>), a line each.</summary>
    public IReadOnlyList<string> Enacting { get; init; } = [];
    public IReadOnlyList<TargetGroup> TargetGroups { get; init; } = [];
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];
    public IReadOnlyList<string> Recipients { get; init; } = [];
    public string? Authority { get; init; }
    public string? Position { get; init; }
    public string? Signer { get; init; }
    public IReadOnlyList<Block> Body { get; init; } = [];
    public Appendix? Appendix { get; init; }

    /// <summary>Source text appended after the body as it is (the author's own narrative of a report).</summary>
    public string? Tail { get; init; }

    public static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? DraftText(Frame frame) => frame.Draft?.Value switch
    {
        null => null,
        "Dự thảo" => frame.Unnumbered ? null : "true",
        var marking => marking.StartsWith("Dự thảo ", StringComparison.Ordinal) ? marking["Dự thảo ".Length..] : marking,
    };

    /// <summary>A document read from a source, to be written again: everything the model holds.</summary>
    public static SourceDocument From(Document document) => new()
    {
        Kind = document.Kind.Key,
        Profile = document.FormatProfile?.Value,
        Number = document.Frame.Number.Value,
        Draft = DraftText(document.Frame),
        HeadingScheme = document.HeadingScheme?.Key,
        SuperiorBody = document.Frame.Bodies.Superior?.Value,
        IssuingBody = document.Frame.Bodies.Issuer.Value,
        NameInText = document.Frame.Bodies.NameInText?.Value,
        Place = document.Frame.Place.Value,
        Date = document.Frame.Undated ? "" : DateText(document.Frame.Date.Value),
        Title = document.Frame.Title?.Value,
        Summary = document.Frame.Summary?.Value,
        Term = document.Frame.Term?.Value,
        ParentPath = document.Frame.ParentPath?.Value,
        OrganisationKind = document.OrganisationKind?.Value,
        Subordinates = document.Subordinates.Select(s => s.Value).ToList(),
        Bases = document.Frame.Bases.Select(b => b.Value).ToList(),
        Enacting = (document.Frame.Enacting ?? []).Select(e => e.Value).ToList(),
        TargetGroups = document.TargetGroups,
        Waivers = document.Waivers,
        Recipients = document.Frame.Recipients.Select(r => r.Value).ToList(),
        Authority = document.Frame.Signature?.Authority?.Value,
        Position = document.Frame.Signature?.Position?.Value,
        Signer = document.Frame.Signature?.Name.Value,
        Body = document.Body,
        Appendix = document.Appendix,
    };
}
