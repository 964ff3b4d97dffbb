using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Targets;

namespace VanKien.Importing;

/// <summary>
/// <c>vankien import</c> as a library call: a legacy DOCX or plain-text file in, the text of a
/// source out (or null when the file is refused), with every recognition and refusal reported.
/// </summary>
public static class Importer
{
    public sealed record Result(string? Source, ImportedDocument? Document, int LegacyRuns);

    public static bool CanImport(string path) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Imports one document within the time a document may take (<paramref name="readerLimits"/>, the
    /// project's or the default): past it, VK0009 at the document and no source, as for <c>check</c>.
    /// </summary>
    public static Result Import(string path, byte[] bytes, DiagnosticBag diagnostics, Supplement? supplement = null,
        PhraseParser? phrases = null, DocxPackage.Limits? limits = null, ReaderLimits? readerLimits = null)
    {
        readerLimits ??= ReaderLimits.Default;
        using var budget = WorkBudget.Start(readerLimits.MaxSecondsPerDocument);
        try
        {
            return ImportWithin(path, bytes, diagnostics, supplement, phrases, limits, readerLimits);
        }
        catch (WorkBudget.Exceeded)
        {
            diagnostics.Add(Rules.Limit, SourceLocation.StartOf(path), WorkBudget.SpentMessage(readerLimits.MaxSecondsPerDocument) + ": không nhập", WorkBudget.SpentHint);
            return new Result(null, null, 0);
        }
    }

    private static Result ImportWithin(string path, byte[] bytes, DiagnosticBag diagnostics, Supplement? supplement,
        PhraseParser? phrases, DocxPackage.Limits? limits, ReaderLimits readerLimits)
    {
        IReadOnlyList<SourceLine> lines;
        var legacyRuns = 0;
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            using var package = DocxPackage.Open(path, bytes, diagnostics, limits);
            if (package is null) return new Result(null, null, 0);
            try
            {
                var read = DocxLineReader.Read(path, package);
                lines = read.Lines;
                legacyRuns = read.LegacyRuns;
            }
            catch (DocxPackage.Refused refused)
            {
                diagnostics.Add(refused.Diagnostic);
                return new Result(null, null, 0);
            }
            if (legacyRuns > 0)
                diagnostics.Add(Rules.ImportLegacyEncoding, SourceLocation.StartOf(path),
                    $"{legacyRuns} đoạn chữ gõ bằng phông .Vn (TCVN3) hoặc VNI đã được chuyển sang Unicode");
        }
        else
        {
            // pdftotext marks each page break with a form feed before the next page's first line: no character
            // of the text, and one no DOCX can hold. Taken out here, so that lines keep their numbers.
            if (Array.IndexOf(bytes, (byte)'\f') >= 0)
            {
                bytes = [.. bytes.Where(b => b != (byte)'\f')];
                diagnostics.Add(Rules.ImportCorrected, SourceLocation.StartOf(path), "bỏ các dấu ngắt trang (U+000C) của bản chép từ PDF");
            }
            if (SourceText.Decode(path, bytes, readerLimits, diagnostics) is not { } text) return new Result(null, null, 0);
            var read = PlainTextLineReader.Read(path, text);
            diagnostics.AddRange(read.Notes);
            lines = read.Lines;
        }

        if (supplement?.Kind is null && !ImportableText.Check(path, lines, diagnostics)) return new Result(null, null, legacyRuns);
        var document = new Recognizer(diagnostics).Recognize(lines);
        supplement?.Apply(document, diagnostics);
        ReportMissing(document, path, diagnostics);
        var source = Writing.Source.SourceWriter.Write(ImportedSource.From(document, Path.GetFileName(path), phrases ?? PhraseParser.Default));
        return new Result(source, document, legacyRuns);
    }

    /// <summary>Required fields still empty after recognition and the supplement: check will ask for them.</summary>
    private static void ReportMissing(ImportedDocument document, string path, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(path);
        void Missing(bool missing, string what, string key)
        {
            if (missing) diagnostics.Add(Rules.ImportNotFound, at, $"không thấy {what} trong văn bản", $"ghi '{key}' trong tệp --bo-sung");
        }
        Missing(document.Kind is null, "tên loại văn bản", "loai");
        Missing(document.Number is null, "số, ký hiệu", "so");
        Missing(document.IssuingBody is null, "tên cơ quan ban hành", "co-quan: ban-hanh");
        Missing(document.Place is null || document.Date is null, "địa danh, ngày tháng", "dia-danh, ngay");
        Missing(document.Summary is null, "trích yếu", "trich-yeu");
        Missing(document.Recipients.Count == 0, "nơi nhận", "noi-nhan");
        Missing(document.Signer is null, "chữ ký (họ tên người ký)", "ky");
    }
}
