namespace VanKien.Templates;

/// <summary>
/// What <c>vankien new KIND</c> writes for a kind, from the <c>khung</c> of its mau.yaml: whether the
/// kind carries targets and a term, the sections of a blank source when the template names none in
/// its order, the opening paragraph to fill, and the examples a Party document of the kind shows.
/// </summary>
public sealed record KindScaffold
{
    public static readonly KindScaffold None = new();

    /// <summary>The kind's documents carry targets (chỉ tiêu): the scaffold has a group to fill.</summary>
    public bool Targets { get; init; }

    /// <summary>The kind is issued for a term (nhiệm kỳ).</summary>
    public bool Term { get; init; }

    /// <summary>Sections, each heading with the note under it (none if not given), for a kind whose template orders none.</summary>
    public IReadOnlyList<(string Heading, string? Note)> Sections { get; init; } = [];

    /// <summary>
    /// The opening's placeholder, without «»: a paragraph; or, ending "{-}", a line printed centred
    /// without a number, as a decision's "QUYẾT ĐỊNH:" is.
    /// </summary>
    public string? Opening { get; init; }

    /// <summary>The căn cứ lines to fill, each without «» (default one "Căn cứ …").</summary>
    public IReadOnlyList<string> Bases { get; init; } = [];

    /// <summary>The Party form's own comments and examples (bodies, name in text), where they differ from a chi bộ's.</summary>
    public PartyExamples? Party { get; init; }

    public sealed record PartyExamples(IReadOnlyList<string> Comments, string? Superior, string? Issuer, string? NameInText);
}
