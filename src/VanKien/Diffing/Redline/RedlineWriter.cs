using System.IO.Compression;
using System.Xml.Linq;
using VanKien.Templates;
using VanKien.Writing.Docx;
using VanKien.Writing.Packaging;

namespace VanKien.Diffing.Redline;

/// <summary>
/// The redline: the NEW document as VanKien builds it, with every change against OLD as tracked
/// changes (w:ins / w:del with author and date) that Word's and LibreOffice's accept / reject act on.
/// The date is the NEW document's date, so the same pair gives the same bytes.
/// </summary>
public static class RedlineWriter
{
    public static byte[] Write(Model.Document older, ResolvedTemplate olderTemplate, Model.Document newer, ResolvedTemplate newerTemplate, string author = "VanKien")
    {
        var oldDocx = DocxWriter.Write(older, olderTemplate);
        // Its provenance is OLD's: accepting the changes is an edit of OLD's source.
        var newDocx = DocxWriter.Write(newer, newerTemplate, Provenance.Of(older));
        var oldXml = Part(oldDocx);
        var newXml = Part(newDocx);

        var date = newer.Frame.Date.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var body = XName.Get("body", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        new RedlineMerger(author, date).MergeContainer(oldXml.Root!.Element(body)!, newXml.Root!.Element(body)!);

        using var stream = new MemoryStream();
        stream.Write(newDocx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml").Open();
            newXml.Save(entry, SaveOptions.DisableFormatting);
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static XDocument Part(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }
}
