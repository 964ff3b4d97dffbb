using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// <c>vankien ky</c>: a built PDF signed with a certificate, written whole or not at all. A PDF that
/// cannot be read as one, or that this certificate has already signed, is refused and left as it was.
/// </summary>
public static class SignRun
{
    /// <summary>The key is a PKCS#12 file (<see cref="Certificate"/>, <see cref="Password"/>) or a token (<see cref="TokenLibrary"/>, <see cref="TokenLabel"/>, <see cref="Pin"/>).</summary>
    public sealed record Options(string Pdf, string Output, string? Certificate, string? Password, string Reason, string Location, DateTimeOffset Time,
        string? TokenLibrary = null, string? TokenLabel = null, string? Pin = null)
    {
        /// <summary>The signer's paper signature as a PNG: the signature is the signer's, shown between position and name.</summary>
        public string? SignatureImage { get; init; }

        /// <summary>The organisation's seal as a PNG: the signature is the organisation's, its seal over the signer's image.</summary>
        public string? SealImage { get; init; }

        /// <summary>The seal's real width in millimetres, where its PNG records no physical size (pHYs).</summary>
        public double? SealWidthMm { get; init; }

        /// <summary>An RFC 3161 time-stamp server's URL (http or https): the signature is then PAdES B-T.</summary>
        public string? TimeStampServer { get; init; }
    }

    public static bool Run(Options options, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(options.Pdf);
        var read = Reading.SafeFile.Read(options.Pdf, 512L * 1024 * 1024);
        if (read.Bytes is not { } pdf)
        {
            diagnostics.Add(read.TooLarge ? Rules.Limit : Rules.Io, at, read.Refusal ?? "không đọc được tệp");
            return false;
        }
        Uri? timeStampServer = null;
        if (options.TimeStampServer is { } url && (!Uri.TryCreate(url, UriKind.Absolute, out timeStampServer) || timeStampServer.Scheme is not ("http" or "https")))
        {
            diagnostics.Add(Rules.TimeStampUnavailable, at, $"'{url}' không phải địa chỉ http(s) của máy chủ dấu thời gian", "ví dụ --dau-thoi-gian http://tsa.example.vn/tsa");
            return false;
        }

        // The images before the key: a wrong path costs no PIN.
        var signatureImage = options.SignatureImage is { } signaturePath ? ReadImage(signaturePath, diagnostics) : null;
        var sealImage = options.SealImage is { } sealPath ? ReadImage(sealPath, diagnostics) : null;
        if (options.SignatureImage is not null && signatureImage is null || options.SealImage is not null && sealImage is null) return false;
        double? sealWidth = options.SealWidthMm * 72 / 25.4 ?? sealImage?.PhysicalSize?.Width;
        if (sealImage is not null && sealWidth is null)
        {
            diagnostics.Add(Rules.SignatureImageUnusable, SourceLocation.StartOf(options.SealImage!),
                "ảnh dấu không ghi kích thước thật (pHYs): không biết in dấu to bằng nào",
                "ghi đường kính dấu bằng --co-dau (mm, ví dụ --co-dau 36), hoặc lưu ảnh kèm độ phân giải (dpi)");
            return false;
        }

        using var token = options.TokenLibrary is { } library ? TokenKey.Open(library, options.TokenLabel, options.Pin, options.Time, diagnostics) : null;
        var loaded = token?.Loaded ?? (options.Certificate is { } file ? SigningCertificate.Load(file, options.Password, options.Time, diagnostics) : null);
        if (loaded is null) return false;

        PdfSignatures.Report existing;
        try
        {
            existing = PdfSignatures.Check(pdf);
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, $"không đọc được cấu trúc PDF: {ex.Message}", "ký tệp PDF do 'vankien build --format pdf' dựng");
            return false;
        }
        var name = loaded.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);
        if (existing.Signatures.Any(s => s.Signer == name && s.Chain.FirstOrDefault() == loaded.Certificate.Subject))
        {
            diagnostics.Add(Rules.AlreadySigned, at, $"'{options.Pdf}' đã có chữ ký của '{name}'", "mỗi người (tổ chức) ký một lần; ký lại thì dựng lại PDF");
            return false;
        }
        if (existing.Appended || existing.Signatures.Any(s => !s.Intact))
        {
            diagnostics.Add(Rules.SignatureInvalid, at, "chữ ký đã có trong tệp không còn hợp lệ: không ký thêm", "xem 'vankien xac-minh'");
            return false;
        }

        // Where the signature goes: the places VanKien's DOCX marks and LibreOffice prints as named destinations.
        // A PDF without them was not built by 'vankien build --format pdf', and nothing can be placed on it by the standard.
        SignatureAppearance? appearance;
        try
        {
            var structure = PdfStructure.Read(pdf);
            if (SignatureAppearance.Find(structure) is not { } places)
            {
                diagnostics.Add(Rules.PdfNotBuiltByVanKien, at,
                    $"'{options.Pdf}' không có các vị trí ký VanKien đánh dấu (đích '{Writing.Docx.SignaturePlaces.Room}', '{Writing.Docx.SignaturePlaces.Name}'): không phải PDF do VanKien dựng, hoặc dựng từ bản cũ",
                    "dựng lại PDF bằng 'vankien build --format pdf' rồi ký");
                return false;
            }
            appearance = Appearance(structure, places, signatureImage, sealImage, sealWidth, name, options.Time);
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, $"không đọc được cấu trúc PDF: {ex.Message}");
            return false;
        }
        catch (AppearanceException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, ex.Message, ex.Hint);
            return false;
        }

        byte[] signed;
        try
        {
            signed = PdfSigner.Sign(pdf, new PdfSigner.Request(loaded, name, options.Reason, options.Location, options.Time)
                { Appearance = appearance, TimeStampServer = timeStampServer });
        }
        catch (TimeStamp.Failure ex)
        {
            diagnostics.Add(Rules.TimeStampUnavailable, at, ex.Message, "kiểm tra địa chỉ máy chủ dấu thời gian và kết nối mạng; không dùng dấu thời gian thì bỏ --dau-thoi-gian");
            return false;
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, $"không ký được: {ex.Message}");
            return false;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or Cryptoki.Failure)
        {
            diagnostics.Add(Rules.CertificateUnusable, SourceLocation.StartOf(options.TokenLibrary ?? options.Certificate ?? options.Pdf), $"khóa không ký được: {ex.Message}");
            return false;
        }
        var inPlace = string.Equals(Path.GetFullPath(options.Output), Path.GetFullPath(options.Pdf), StringComparison.Ordinal);
        return inPlace
            ? Building.AtomicFile.RewriteReported(options.Output, signed, diagnostics, at)
            : Building.AtomicFile.WriteReported(options.Output, signed, diagnostics, at);
    }

    private static SignatureAppearance? Appearance(PdfStructure structure, SignatureAppearance.Places places, PngImage? signature, PngImage? seal, double? sealWidth,
        string name, DateTimeOffset time)
    {
        if (signature is not null) return SignatureAppearance.Signer(places, signature);
        if (seal is null) return null;
        var font = TrueTypeFont.TimesNewRoman()
            ?? throw new AppearanceException("không tìm thấy phông Times New Roman (hay Liberation Serif, phông cùng số đo) để in thông tin của cơ quan",
                "cài Times New Roman, hoặc trên Debian/Ubuntu: 'sudo apt-get install fonts-liberation2'");
        return SignatureAppearance.Organisation(places, seal, sealWidth!.Value, PdfSignatures.LastSignerBox(structure), name,
            structure.Info("/Keywords"), time, font);
    }

    /// <summary>A PNG read whole, or a diagnostic at its path.</summary>
    private static PngImage? ReadImage(string path, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(path);
        var read = Reading.SafeFile.Read(path, 32L * 1024 * 1024);
        if (read.Bytes is not { } bytes)
        {
            diagnostics.Add(Rules.SignatureImageUnusable, at, read.Refusal ?? "không đọc được tệp ảnh", "ảnh chữ ký và ảnh dấu là tệp PNG nền trong suốt");
            return null;
        }
        try
        {
            return PngImage.Read(bytes);
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.SignatureImageUnusable, at, $"không đọc được ảnh: {ex.Message}", "ảnh chữ ký và ảnh dấu là tệp PNG (.png) nền trong suốt");
            return null;
        }
    }
}
