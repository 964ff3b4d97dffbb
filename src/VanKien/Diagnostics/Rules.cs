namespace VanKien.Diagnostics;

/// <summary>
/// The catalogue of rule ids. Ids are stable: once published, an id keeps its meaning forever
/// (CI configurations and suppressions refer to it). Add new ids at the end of a family.
/// </summary>
public static class Rules
{
    // VK00xx — reading: encoding, syntax and schema of the source.
    public static readonly Rule YamlSyntax = new("VK0001", "YAML không hợp lệ", Severity.Error);
    public static readonly Rule UnknownKey = new("VK0002", "Khóa không được hỗ trợ", Severity.Error);
    public static readonly Rule WrongType = new("VK0003", "Sai kiểu giá trị", Severity.Error);
    public static readonly Rule MissingField = new("VK0004", "Thiếu trường bắt buộc", Severity.Error);
    public static readonly Rule InvalidDate = new("VK0005", "Ngày không hợp lệ", Severity.Error);
    public static readonly Rule InvalidValue = new("VK0006", "Giá trị không hợp lệ", Severity.Error);
    public static readonly Rule FrontMatter = new("VK0007", "Thiếu hoặc hỏng phần đầu YAML", Severity.Error);
    public static readonly Rule Encoding = new("VK0008", "Mã hóa ký tự không hợp lệ", Severity.Error);
    public static readonly Rule Limit = new("VK0009", "Vượt giới hạn an toàn", Severity.Error);
    public static readonly Rule TargetValueSyntax = new("VK0010", "Giá trị chỉ tiêu không hợp lệ", Severity.Error);
    public static readonly Rule ControlCharacter = new("VK0011", "Ký tự điều khiển trong văn bản", Severity.Error);
    public static readonly Rule Placeholder = new("VK0012", "Chỗ cần điền", Severity.Error);

    // VK01xx — body: Markdown structure.
    public static readonly Rule UnknownContainer = new("VK0101", "Khối ::: không được hỗ trợ", Severity.Error);
    public static readonly Rule UnsupportedMarkdown = new("VK0102", "Cú pháp Markdown không được hỗ trợ", Severity.Warning);
    public static readonly Rule HeadingLevelSkip = new("VK0103", "Cấp đề mục nhảy cóc", Severity.Error);
    public static readonly Rule TargetsNotPlaced = new("VK0104", "Chỉ tiêu không được đặt vào thân văn bản", Severity.Warning);
    public static readonly Rule TargetsPlacedTwice = new("VK0105", "Khối chỉ tiêu xuất hiện nhiều lần", Severity.Error);
    public static readonly Rule AppendixPlacement = new("VK0106", "Phụ lục đặt sai chỗ", Severity.Error);

    // VK02xx — references between documents, and targets against their parent's.
    public static readonly Rule ParentUnreadable = new("VK0201", "Không đọc được văn bản cấp trên", Severity.Error);
    public static readonly Rule UnknownParentTarget = new("VK0202", "Chỉ tiêu cấp trên không tồn tại", Severity.Error);
    public static readonly Rule DuplicateTargetId = new("VK0203", "Trùng mã chỉ tiêu", Severity.Error);
    public static readonly Rule ParentCycle = new("VK0204", "Vòng lặp văn bản cấp trên", Severity.Error);
    public static readonly Rule UnknownBasisNumber = new("VK0205", "Căn cứ nêu văn bản không có trong kho", Severity.Warning);
    public static readonly Rule ParentOutsideProject = new("VK0206", "Văn bản cấp trên nằm ngoài dự án", Severity.Error);
    public static readonly Rule BasisDateDiffers = new("VK0207", "Căn cứ nêu số văn bản với ngày khác ngày của văn bản đó", Severity.Error);
    public static readonly Rule WeakerThanParent = new("VK0220", "Chỉ tiêu thấp hơn cấp trên", Severity.Error);
    public static readonly Rule IncomparableWithParent = new("VK0221", "Chỉ tiêu khác đơn vị hoặc chiều với cấp trên", Severity.Error);
    public static readonly Rule MilestoneLater = new("VK0222", "Mốc thời gian muộn hơn cấp trên", Severity.Error);
    public static readonly Rule DeadlineOutsideTerm = new("VK0223", "Thời hạn ngoài nhiệm kỳ", Severity.Error);
    public static readonly Rule ParentTargetNotCovered = new("VK0224", "Chỉ tiêu cấp trên chưa được cụ thể hóa", Severity.Error);
    public static readonly Rule ContributionsShort = new("VK0225", "Tổng đóng góp của cấp dưới chưa đủ", Severity.Error);
    public static readonly Rule SentenceContradictsValue = new("VK0226", "Câu chỉ tiêu và giá trị không khớp", Severity.Warning);
    public static readonly Rule NoValueToCompare = new("VK0227", "Chỉ tiêu áp dụng không có giá trị để so với cấp trên", Severity.Warning);

    // VK03xx — document frame.
    public static readonly Rule MissingRecipients = new("VK0301", "Thiếu nơi nhận", Severity.Error);
    public static readonly Rule MissingSignature = new("VK0302", "Thiếu khối chữ ký", Severity.Error);
    public static readonly Rule NumberAndSymbol = new("VK0303", "Số, ký hiệu sai thể thức", Severity.Error);
    public static readonly Rule DatedBeforeParent = new("VK0304", "Ngày ban hành trước văn bản cấp trên", Severity.Error);
    public static readonly Rule TermMismatch = new("VK0305", "Nhiệm kỳ không khớp", Severity.Error);
    public static readonly Rule AuthorityLine = new("VK0306", "Dòng thẩm quyền ký sai thể thức", Severity.Error);
    public static readonly Rule NumberingOrder = new("VK0307", "Số văn bản không theo thứ tự ngày trong nhiệm kỳ", Severity.Warning);
    public static readonly Rule CommitteeSignsOnBehalf = new("VK0308", "Cấp ủy ký K/T thay vì T/M", Severity.Error);
    public static readonly Rule Draft = new("VK0309", "Văn bản là dự thảo", Severity.Warning);
    public static readonly Rule DraftInRelease = new("VK0310", "Dự thảo trong bản ban hành chính thức", Severity.Error);
    public static readonly Rule AuthorityMissing = new("VK0311", "Cấp phó ký thiếu dòng thẩm quyền", Severity.Error);
    public static readonly Rule NumberReused = new("VK0312", "Trùng số văn bản trong cùng kỳ đánh số", Severity.Warning);

    // VK04xx — style.
    public static readonly Rule Misspelling = new("VK0401", "Lỗi chính tả cụm từ cố định", Severity.Warning);
    public static readonly Rule NotNfc = new("VK0402", "Văn bản không ở dạng Unicode NFC", Severity.Warning);
    public static readonly Rule DoubledSpace = new("VK0403", "Thừa dấu cách", Severity.Warning);
    public static readonly Rule AbbreviationFirst = new("VK0404", "Viết tắt trước khi viết đầy đủ", Severity.Info);

    // VK05xx — templates and reference documents.
    public static readonly Rule ReferenceRefused = new("VK0501", "Không dùng được tệp mẫu", Severity.Error);
    public static readonly Rule ReferenceMissingStyle = new("VK0502", "Tệp mẫu thiếu kiểu", Severity.Warning);
    public static readonly Rule TemplateDescription = new("VK0503", "Mô tả mẫu không hợp lệ", Severity.Error);
    public static readonly Rule MissingSection = new("VK0504", "Thiếu phần bắt buộc", Severity.Warning);
    public static readonly Rule SectionOrder = new("VK0505", "Thứ tự các phần khác mẫu", Severity.Warning);

    // VK06xx — import of legacy documents (vankien import).
    public static readonly Rule ImportNotDocx = new("VK0601", "Tệp nhập không phải DOCX", Severity.Error);
    public static readonly Rule ImportDamaged = new("VK0602", "Tệp DOCX hỏng hoặc bị cắt cụt", Severity.Error);
    public static readonly Rule ImportTooLarge = new("VK0603", "Gói DOCX vượt giới hạn (nghi bom zip)", Severity.Error);
    public static readonly Rule ImportExternalEntity = new("VK0604", "DOCX chứa DTD hoặc thực thể ngoài", Severity.Error);
    public static readonly Rule ImportUnplaced = new("VK0610", "Dòng chưa xếp được vào văn bản", Severity.Warning);
    public static readonly Rule ImportNotFound = new("VK0611", "Không tìm thấy trong văn bản nhập", Severity.Warning);
    public static readonly Rule ImportCorrected = new("VK0612", "Đã sửa theo thể thức khi nhập", Severity.Info);
    public static readonly Rule ImportLegacyEncoding = new("VK0613", "Đã chuyển mã cũ sang Unicode", Severity.Info);
    public static readonly Rule ImportTargetExists = new("VK0614", "Tệp nguồn đích đã có", Severity.Error);
    public static readonly Rule ImportNotPlanning = new("VK0615", "Không phải văn bản kế hoạch", Severity.Error);
    public static readonly Rule ImportUnreadable = new("VK0616", "Văn bản hỏng, không đọc được", Severity.Error);

    // VK07xx — results against targets (ket-qua) and the reports compiled from them.
    public static readonly Rule ResultForUnknownTarget = new("VK0701", "Kết quả cho chỉ tiêu không có trong chương trình", Severity.Error);
    public static readonly Rule ResultWrongUnit = new("VK0702", "Kết quả sai đơn vị hoặc sai loại giá trị", Severity.Error);
    public static readonly Rule ResultOutsideTerm = new("VK0703", "Kỳ kết quả ngoài nhiệm kỳ", Severity.Error);
    public static readonly Rule ResultProgramUnreadable = new("VK0704", "Không đọc được chương trình của tệp kết quả", Severity.Error);
    public static readonly Rule ResultDuplicate = new("VK0705", "Chỉ tiêu có hai mục kết quả", Severity.Error);
    public static readonly Rule ResultMissing = new("VK0706", "Chỉ tiêu chưa có kết quả", Severity.Info);
    public static readonly Rule ChartInvalid = new("VK0707", "Biểu đồ không hợp lệ", Severity.Error);
    public static readonly Rule ReportFrameMissing = new("VK0708", "Tệp kết quả thiếu số, ngày của báo cáo", Severity.Error);

    // VK08xx — review: a reviewer's tracked changes and comments in a DOCX VanKien built.
    public static readonly Rule ReviewChange = new("VK0801", "Đề nghị sửa của người duyệt", Severity.Info);
    public static readonly Rule ReviewComment = new("VK0802", "Nhận xét của người duyệt", Severity.Info);
    public static readonly Rule ReviewConflict = new("VK0803", "Đề nghị sửa không gắn được với nguồn", Severity.Error);
    public static readonly Rule ReviewSourceChanged = new("VK0804", "Nguồn đã đổi từ khi dựng bản được duyệt", Severity.Warning);
    public static readonly Rule ReviewSourceUnknown = new("VK0805", "Không tìm được nguồn của bản được duyệt", Severity.Error);
    public static readonly Rule ReviewSourceOutside = new("VK0806", "Dấu nguồn của bản được duyệt trỏ ra ngoài dự án", Severity.Error);

    // VK09xx — environment: files and folders, not the source's content.
    public static readonly Rule Io = new("VK0901", "Không đọc/ghi được tệp", Severity.Error);
    public static readonly Rule PdfConverterMissing = new("VK0902", "Không có LibreOffice để xuất PDF", Severity.Error);
    public static readonly Rule PdfConversionFailed = new("VK0903", "Xuất PDF không thành công", Severity.Error);
    public static readonly Rule OutputCollision = new("VK0904", "Hai văn bản cùng ghi ra một tệp", Severity.Error);
    public static readonly Rule OutputRefused = new("VK0905", "Không ghi vào nơi này", Severity.Error);
    public static readonly Rule PdfOneShot = new("VK0906", "Xuất PDF không có LibreOffice chạy sẵn", Severity.Info);

    // VK10xx — electronic signatures: signing a built PDF and checking a signed one.
    public static readonly Rule CertificateUnreadable = new("VK1001", "Không mở được chứng thư số", Severity.Error);
    public static readonly Rule CertificateUnusable = new("VK1002", "Chứng thư số không dùng để ký được", Severity.Error);
    public static readonly Rule PdfNotSignable = new("VK1003", "Tệp PDF không ký được", Severity.Error);
    public static readonly Rule AlreadySigned = new("VK1004", "PDF đã có chữ ký của chứng thư này", Severity.Error);
    public static readonly Rule SignatureInvalid = new("VK1005", "Chữ ký số không hợp lệ", Severity.Error);
    public static readonly Rule ChangedAfterSigning = new("VK1006", "Tệp có phần thêm vào sau chữ ký", Severity.Error);
    public static readonly Rule SignatureImageUnusable = new("VK1007", "Không dùng được ảnh chữ ký hay ảnh dấu", Severity.Error);
    public static readonly Rule PdfNotBuiltByVanKien = new("VK1008", "PDF không do VanKien dựng", Severity.Error);
    public static readonly Rule TimeStampUnavailable = new("VK1009", "Không lấy được dấu thời gian", Severity.Error);

    /// <summary>
    /// Every rule, by id: the catalogue SARIF and the guide's table (docs/huong-dan/quy-tac.md) describe. Listed, not found by reflection,
    /// because reading the project file needs it on every cold start (a test keeps the list complete).
    /// </summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        YamlSyntax,
        UnknownKey,
        WrongType,
        MissingField,
        InvalidDate,
        InvalidValue,
        FrontMatter,
        Encoding,
        Limit,
        TargetValueSyntax,
        ControlCharacter,
        Placeholder,
        UnknownContainer,
        UnsupportedMarkdown,
        HeadingLevelSkip,
        TargetsNotPlaced,
        TargetsPlacedTwice,
        AppendixPlacement,
        ParentUnreadable,
        UnknownParentTarget,
        DuplicateTargetId,
        ParentCycle,
        UnknownBasisNumber,
        ParentOutsideProject,
        BasisDateDiffers,
        WeakerThanParent,
        IncomparableWithParent,
        MilestoneLater,
        DeadlineOutsideTerm,
        ParentTargetNotCovered,
        ContributionsShort,
        SentenceContradictsValue,
        NoValueToCompare,
        MissingRecipients,
        MissingSignature,
        NumberAndSymbol,
        DatedBeforeParent,
        TermMismatch,
        AuthorityLine,
        NumberingOrder,
        CommitteeSignsOnBehalf,
        Draft,
        DraftInRelease,
        AuthorityMissing,
        NumberReused,
        Misspelling,
        NotNfc,
        DoubledSpace,
        AbbreviationFirst,
        ReferenceRefused,
        ReferenceMissingStyle,
        TemplateDescription,
        MissingSection,
        SectionOrder,
        ImportNotDocx,
        ImportDamaged,
        ImportTooLarge,
        ImportExternalEntity,
        ImportUnplaced,
        ImportNotFound,
        ImportCorrected,
        ImportLegacyEncoding,
        ImportTargetExists,
        ImportNotPlanning,
        ImportUnreadable,
        ResultForUnknownTarget,
        ResultWrongUnit,
        ResultOutsideTerm,
        ResultProgramUnreadable,
        ResultDuplicate,
        ResultMissing,
        ChartInvalid,
        ReportFrameMissing,
        ReviewChange,
        ReviewComment,
        ReviewConflict,
        ReviewSourceChanged,
        ReviewSourceUnknown,
        ReviewSourceOutside,
        Io,
        PdfConverterMissing,
        PdfConversionFailed,
        OutputCollision,
        OutputRefused,
        PdfOneShot,
        CertificateUnreadable,
        CertificateUnusable,
        PdfNotSignable,
        AlreadySigned,
        SignatureInvalid,
        ChangedAfterSigning,
        SignatureImageUnusable,
        PdfNotBuiltByVanKien,
        TimeStampUnavailable,
    ];
}
