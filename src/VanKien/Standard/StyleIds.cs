namespace VanKien.Standard;

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

    /// <summary>
    /// The name each style carries (w:name). Word and LibreOffice keep names when they save, and
    /// LibreOffice rewrites ids from them ("VK Table text" becomes "VKTabletext"): a reference DOCX's
    /// styles are found by name first.
    /// </summary>
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [StyleIds.Body] = "Normal",
        [StyleIds.Heading1] = "heading 1",
        [StyleIds.Heading2] = "heading 2",
        [StyleIds.Heading3] = "heading 3",
        [StyleIds.Heading4] = "heading 4",
        [StyleIds.Block] = "VK Block",
        [StyleIds.SuperiorBody] = "VK Superior body",
        [StyleIds.IssuingBody] = "VK Issuing body",
        [StyleIds.IssuerSeparator] = "VK Issuer separator",
        [StyleIds.NationalLine] = "VK National line",
        [StyleIds.Motto] = "VK Motto",
        [StyleIds.Number] = "VK Number",
        [StyleIds.PlaceDate] = "VK Place and date",
        [StyleIds.KindTitle] = "VK Kind title",
        [StyleIds.Summary] = "VK Summary",
        [StyleIds.Basis] = "VK Basis",
        [StyleIds.PartNumber] = "VK Part number",
        [StyleIds.PartTitle] = "VK Part title",
        [StyleIds.TableText] = "VK Table text",
        [StyleIds.TableHeader] = "VK Table header",
        [StyleIds.RecipientsLabel] = "VK Recipients label",
        [StyleIds.Recipient] = "VK Recipient",
        [StyleIds.Authority] = "VK Authority",
        [StyleIds.Position] = "VK Position",
        [StyleIds.Signature] = "VK Signature space",
        [StyleIds.SignerName] = "VK Signer name",
        [StyleIds.AppendixNote] = "VK Appendix note",
        [StyleIds.PageNumber] = "VK Page number",
    };

    public static string NameOf(string id) => Names[id];

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
