using VanKien.Model;
using VanKien.Text;

namespace VanKien.Diffing;

/// <summary>The frame compared field by field; the lists (căn cứ, recipients) item by item.</summary>
internal static class FrameDiff
{
    public static IReadOnlyList<FrameChange> Between(Document older, Document newer)
    {
        var changes = new List<FrameChange>();
        void Field(string name, string? a, string? b)
        {
            if (a != b) changes.Add(new FrameChange(name, a, b));
        }

        var (o, n) = (older.Frame, newer.Frame);
        Field("loai", older.Kind.Key, newer.Kind.Key);
        Field("so", o.Number.Value, n.Number.Value);
        Field("co-quan.cap-tren", o.Bodies.Superior?.Value, n.Bodies.Superior?.Value);
        Field("co-quan.ban-hanh", o.Bodies.Issuer.Value, n.Bodies.Issuer.Value);
        Field("dia-danh", o.Place.Value, n.Place.Value);
        Field("ngay", VietnameseDate.Short(o.Date.Value), VietnameseDate.Short(n.Date.Value));
        Field("tieu-de", o.Title?.Value, n.Title?.Value);
        Field("trich-yeu", o.Summary?.Value, n.Summary?.Value);
        Field("nhiem-ky", o.Term?.Value, n.Term?.Value);
        Field("thuc-hien", o.ParentPath?.Value, n.ParentPath?.Value);
        Field("ky.tham-quyen", o.Signature?.Authority?.Value, n.Signature?.Authority?.Value);
        Field("ky.chuc-vu", o.Signature?.Position?.Value, n.Signature?.Position?.Value);
        Field("ky.ho-ten", o.Signature?.Name.Value, n.Signature?.Name.Value);
        List("tham-quyen-ban-hanh", o.Enacting ?? [], n.Enacting ?? [], changes);
        List("can-cu", o.Bases, n.Bases, changes);
        List("noi-nhan", o.Recipients, n.Recipients, changes);
        return changes;
    }

    private static void List(string name, IReadOnlyList<Located<string>> older, IReadOnlyList<Located<string>> newer, List<FrameChange> changes)
    {
        var a = older.Select(x => x.Value).ToList();
        var b = newer.Select(x => x.Value).ToList();
        foreach (var edit in SequenceDiff.Between(a, b))
        {
            if (edit.Kind == EditKind.Delete) changes.Add(new FrameChange(name, a[edit.OldIndex], null));
            else if (edit.Kind == EditKind.Insert) changes.Add(new FrameChange(name, null, b[edit.NewIndex]));
        }
    }
}
