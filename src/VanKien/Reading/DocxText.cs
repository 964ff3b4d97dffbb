using System.Text;
using System.Xml.Linq;
using VanKien.Diagnostics;

namespace VanKien.Reading;

/// <summary>
/// A DOCX's body as plain lines, one per paragraph and per table row (cells joined by " | "), as
/// accepted (inserted runs count, deleted ones do not); a drawing (a chart) by the lines of its
/// description, the alt text a screen reader reads. What <c>vankien textconv</c> prints for a
/// DOCX, and the text output format: a reader of DOCX, so it lives with the DOCX package reader.
/// </summary>
public static class DocxText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>The text of a DOCX that is trusted (built here, in a test); throws on a damaged one.</summary>
    public static string Of(byte[] docx)
    {
        var diagnostics = new DiagnosticBag();
        return Of("docx", docx, diagnostics) ?? throw new InvalidDataException(diagnostics.Items.FirstOrDefault()?.Message ?? "không phải tệp DOCX");
    }

    /// <summary>
    /// The text of any DOCX, through the same gate as import (entry count, sizes, ratio, no DTD): a zip
    /// bomb under `git log -p`, where textconv runs, is refused, not inflated. Null, with a diagnostic, on refusal.
    /// </summary>
    public static string? Of(string path, byte[] docx, DiagnosticBag diagnostics)
    {
        using var package = DocxPackage.Open(path, docx, diagnostics);
        if (package is null) return null;
        System.Xml.XmlDocument? xml;
        try
        {
            xml = package.Part("word/document.xml");
        }
        catch (DocxPackage.Refused refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
        if (xml is null) return null;
        var body = XDocument.Load(new System.Xml.XmlNodeReader(xml)).Root?.Element(W + "body");
        var text = new StringBuilder();
        foreach (var block in body?.Elements() ?? [])
        {
            if (block.Name == W + "p")
            {
                AppendLine(text, Paragraph(block));
                foreach (var described in block.Descendants(WordprocessingDrawing + "docPr").Select(d => (string?)d.Attribute("descr")).OfType<string>())
                    foreach (var line in described.Split('\n')) AppendLine(text, line);
            }
            else if (block.Name == W + "tbl")
                foreach (var row in block.Elements(W + "tr"))
                    AppendLine(text, string.Join(" | ", row.Elements(W + "tc").Select(c => string.Join(" / ", c.Elements(W + "p").Select(Paragraph).Where(p => p.Length > 0)))));
        }
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string line)
    {
        if (line.Trim().Length > 0) text.AppendLine(line);
    }

    /// <summary>Accepted text of a paragraph: inserted runs count, deleted ones do not.</summary>
    private static string Paragraph(XElement paragraph) =>
        string.Concat(paragraph.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "br" || e.Name == W + "tab")
            .Select(e => e.Name == W + "t" ? Text.NoBreakGroups.AsSpaces(e.Value) : e.Name == W + "tab" ? "\t" : " "));
}
