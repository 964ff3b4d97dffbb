namespace VanKien.Printing;

/// <summary>What a printed paragraph is in the document's layout: each writer gives each role its look.</summary>
public enum PrintedRole
{
    /// <summary>"Dự thảo", boxed above the header block.</summary>
    Draft,
    SuperiorBody,
    IssuingBody,
    /// <summary>"*" under a Party issuer; a short rule, with no text, under a state one.</summary>
    IssuerSeparator,
    NationalLine,
    Motto,
    Number,
    PlaceDate,
    KindTitle,
    Summary,
    /// <summary>A state document's enacting authority above its căn cứ ("ỦY BAN NHÂN DÂN XÃ …").</summary>
    Enacting,
    Basis,
    /// <summary>A numbered heading; under the parts scheme, a part's title follows its number (<see cref="PartNumber"/>).</summary>
    Heading,
    PartNumber,
    /// <summary>A heading whose label opens a body paragraph, its words running on ("Điều 1. Thành lập …").</summary>
    RunInHeading,
    PartTitle,
    /// <summary>A heading the numbering does not count ("KẾT LUẬN"), centred at the first level.</summary>
    UnnumberedHeading,
    Body,
    /// <summary>A target's sentence under its group's heading.</summary>
    Target,
    RecipientsLabel,
    Recipient,
    Authority,
    Position,
    /// <summary>The room to sign and seal between position and name: empty.</summary>
    SignatureRoom,
    SignerName,
    AppendixLabel,
    AppendixTitle,
    AppendixSubtitle,
    /// <summary>"(Kèm theo … số …, ngày … của …)".</summary>
    AppendixNote,
}
