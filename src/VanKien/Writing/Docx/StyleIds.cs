namespace VanKien.Writing.Docx;

/// <summary>
/// The paragraph styles the writer uses. Headings use Word's built-in ids so that the navigation
/// pane, a table of contents and pandoc all recognise them.
/// </summary>
internal static class StyleIds
{
    public const string Body = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Heading4 = "Heading4";
    public const string Block = "VkBlock";
    public const string KindTitle = "VkKindTitle";
    public const string Summary = "VkSummary";
    public const string TableText = "VkTableText";
    public const string TableHeader = "VkTableHeader";
    public const string RecipientsLabel = "VkRecipientsLabel";
    public const string Recipient = "VkRecipient";
    public const string Signature = "VkSignature";
    public const string PageNumber = "VkPageNumber";

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        3 => Heading3,
        _ => Heading4,
    };
}
