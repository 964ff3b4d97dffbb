using System.Xml.Linq;
using VanKien.Standard;

namespace VanKien.Writing.Docx;

/// <summary>
/// Finds the styles VanKien needs in a reference DOCX that an office suite has saved, and gives them
/// VanKien's ids again, so that the output's ids (and so snapshots and later reads) stay stable.
/// A style is found by its name first — Word and LibreOffice keep names, LibreOffice rewrites ids
/// from them ("VK Table text" → "VKTabletext") — then by an alias (w:aliases) or a localized name of
/// Word's built-in headings ("Tiêu đề 1"), then by its id. Names compare without case or spaces.
/// </summary>
internal static class StyleMatcher
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>What a Word in another language (or a converter) may call the built-in styles VanKien uses.</summary>
    private static readonly Dictionary<string, string[]> LocalizedNames = new(StringComparer.Ordinal)
    {
        [StyleIds.Body] = ["Văn bản thường", "Bình thường"],
        [StyleIds.Heading1] = ["Tiêu đề 1", "Đầu đề 1", "Heading 1"],
        [StyleIds.Heading2] = ["Tiêu đề 2", "Đầu đề 2", "Heading 2"],
        [StyleIds.Heading3] = ["Tiêu đề 3", "Đầu đề 3", "Heading 3"],
        [StyleIds.Heading4] = ["Tiêu đề 4", "Đầu đề 4", "Heading 4"],
    };

    /// <summary>
    /// Renames, in place, each paragraph style of <paramref name="styles"/> that VanKien needs to
    /// VanKien's id (references to it from other styles follow). Returns the ids still missing, and
    /// the ids renamed (old → new), for the parts that name styles (headers).
    /// </summary>
    public static (IReadOnlyList<string> Missing, IReadOnlyDictionary<string, string> Renamed) Adopt(XElement styles)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var paragraphStyles = styles.Elements(W + "style").Where(s => (string?)s.Attribute(W + "type") is null or "paragraph").ToList();
        var missing = new List<string>();
        var taken = new HashSet<XElement>();
        foreach (var id in StyleIds.All)
        {
            var wanted = new List<string> { Key(StyleIds.NameOf(id)) };
            if (LocalizedNames.TryGetValue(id, out var localized)) wanted.AddRange(localized.Select(Key));
            var found = paragraphStyles.FirstOrDefault(s => !taken.Contains(s) && Name(s) is { } name && wanted.Contains(Key(name)))
                ?? paragraphStyles.FirstOrDefault(s => !taken.Contains(s) && Aliases(s).Any(a => wanted.Contains(a)))
                ?? paragraphStyles.FirstOrDefault(s => !taken.Contains(s) && (string?)s.Attribute(W + "styleId") == id);
            if (found is null)
            {
                missing.Add(id);
                continue;
            }
            taken.Add(found);
            var oldId = (string?)found.Attribute(W + "styleId");
            if (oldId == id) continue;
            // Another style already holding VanKien's id keeps a free id of its own.
            foreach (var holder in styles.Elements(W + "style").Where(s => s != found && (string?)s.Attribute(W + "styleId") == id))
                Rename(styles, holder, id, FreeId(styles, id + "Goc"));
            Rename(styles, found, oldId, id);
            if (oldId is not null) renamed[oldId] = id;
        }
        return (missing, renamed);
    }

    private static void Rename(XElement styles, XElement style, string? from, string to)
    {
        style.SetAttributeValue(W + "styleId", to);
        if (from is null) return;
        foreach (var reference in styles.Elements(W + "style").Elements().Where(e => e.Name == W + "basedOn" || e.Name == W + "next" || e.Name == W + "link"))
            if ((string?)reference.Attribute(W + "val") == from) reference.SetAttributeValue(W + "val", to);
    }

    private static string FreeId(XElement styles, string stem)
    {
        var ids = styles.Elements(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
            if (!ids.Contains(stem + n)) return stem + n;
    }

    private static string? Name(XElement style) => (string?)style.Element(W + "name")?.Attribute(W + "val");

    private static IEnumerable<string> Aliases(XElement style) =>
        ((string?)style.Element(W + "aliases")?.Attribute(W + "val") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Key);

    /// <summary>A name as compared: lower case, without spaces, NFC.</summary>
    private static string Key(string name) =>
        string.Concat(Text.VietnameseText.Nfc(name).ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)));
}
