namespace VanKien.Writing.Docx;

/// <summary>
/// The paragraph styles the writer uses; every size, weight and spacing lives in one of them, so
/// a reference DOCX restyled in Word restyles the output. Headings use Word's built-in ids so
/// that the navigation pane, a table of contents and pandoc recognise them.
/// </summary>
public static class StyleIds
{
    public const string Body = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string Block = "VkBlock";
    public const string SuperiorBody = "VkSuperiorBody";
    public const string IssuingBody = "VkIssuingBody";
    public const string IssuerSeparator = "VkIssuerSeparator";
    public const string NationalLine = "VkNationalLine";
    public const string Motto = "VkMotto";
    public const string Number = "VkNumber";
    public const string PlaceDate = "VkPlaceDate";
    public const string KindTitle = "VkKindTitle";
    public const string Summary = "VkSummary";
    public const string Basis = "VkBasis";
    public const string PartNumber = "VkPartNumber";
    public const string PartTitle = "VkPartTitle";
    public const string TableText = "VkTableText";
    public const string TableHeader = "VkTableHeader";
    public const string RecipientsLabel = "VkRecipientsLabel";
    public const string Recipient = "VkRecipient";
    public const string Authority = "VkAuthority";
    public const string Position = "VkPosition";
    public const string Signature = "VkSignature";
    public const string SignerName = "VkSignerName";
    public const string AppendixNote = "VkAppendixNote";
    public const string PageNumber = "VkPageNumber";

    /// <summary>Every style the writer may reference: a reference DOCX must define them all.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Body, Heading1, Heading2, Heading3, Heading4, Block, SuperiorBody, IssuingBody, IssuerSeparator,
        NationalLine, Motto, Number, PlaceDate, KindTitle, Summary, Basis, PartNumber, PartTitle, TableText, TableHeader,
        RecipientsLabel, Recipient, Authority, Position, Signature, SignerName, AppendixNote, PageNumber,
    ];

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
