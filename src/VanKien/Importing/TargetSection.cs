using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Targets;

namespace VanKien.Importing;

/// <summary>
/// Finds the targets in a recognised body. A target section is the first heading that names targets
/// ("chỉ tiêu", "Mục tiêu cụ thể") whose items mostly state a value; its deeper headings, and the
/// sentences that introduce a run of items ("a. Về …, gồm các chỉ tiêu sau đây:", "Mục tiêu cụ thể 1: …"),
/// name groups; every marked item in it is a target, whatever its mark ("-", "+", "*", "1.", "a)",
/// "(1)", "Chỉ tiêu 1:"), and so is an unmarked sentence that states a value. Prose that states none
/// and tables stay in the body, and the body keeps a placeholder where the targets stood, so the built
/// document prints them in the same place. The value itself is read from the sentence when the source
/// is written (<see cref="PhraseParser.Infer"/>), the same reading a hand-written parent gets.
/// </summary>
public static partial class TargetSection
{
    public static void Extract(ImportedDocument document, PhraseParser? phrases = null)
    {
        phrases ??= PhraseParser.Default;
        var body = document.Body;
        for (var h = 0; h < body.Count; h++)
        {
            if (body[h] is not DraftHeading heading || !NamesTargets(heading.Text)) continue;
            var end = h + 1;
            while (end < body.Count && !(body[end] is DraftHeading inner && inner.Level <= heading.Level)) end++;
            var section = body.GetRange(h + 1, end - h - 1);
            // Among sections that are not all targets ("I. PHƯƠNG HƯỚNG, MỤC TIÊU, CHỈ TIÊU" over "1. Các chỉ tiêu chủ yếu"
            // and "2. Nhiệm vụ", or alone under it), the deeper heading that names targets is the list; where every one of
            // several sub-sections names them ("I. Chỉ tiêu về đoàn thể", "II. Chỉ tiêu chuyên môn"), they are its groups.
            var children = section.OfType<DraftHeading>().Where(c => c.Level == section.OfType<DraftHeading>().Min(x => x.Level)).ToList();
            // A heading that is a list of targets by its first words ("CÁC CHỈ TIÊU CHỦ YẾU", "Mục tiêu cụ thể") holds them all.
            if (!OpensWithTargets(heading.Text) && children.Any(c => NamesTargets(c.Text)) && (children.Count == 1 || !children.All(c => NamesTargets(c.Text)))) continue;
            var (groups, kept) = Read(section, phrases);
            var targets = groups.SelectMany(g => g.Targets).ToList();
            var valued = targets.Count(t => phrases.Infer(t.Sentence).Value is not null);
            // A section of tasks that happens to name targets ("MỤC TIÊU, CHỈ TIÊU VÀ NHIỆM VỤ") is no list of targets: a deeper one may be.
            if (valued == 0 || valued * 10 < targets.Count * 4) continue;
            document.Targets.AddRange(groups);
            body.RemoveRange(h + 1, end - h - 1);
            body.InsertRange(h + 1, [.. kept, new DraftTargetsHere(heading.Location)]);
            return;
        }
    }

    private static bool NamesTargets(string heading)
    {
        var lower = heading.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return lower.Contains("chỉ tiêu", StringComparison.Ordinal) || lower.Contains("mục tiêu cụ thể", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:các\s+|hệ\s+thống\s+)?(?:chỉ\s+tiêu|mục\s+tiêu\s+cụ\s+thể)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetsFirst();

    private static bool OpensWithTargets(string heading) => TargetsFirst().IsMatch(heading.Trim());

    /// <summary>The section's groups of targets, and what stays in the body (prose stating no value, tables).</summary>
    private static (List<DraftTargetGroup> Groups, List<DraftBlock> Kept) Read(List<DraftBlock> section, PhraseParser phrases)
    {
        var groups = new List<DraftTargetGroup>();
        var kept = new List<DraftBlock>();
        DraftTargetGroup? current = null;
        void Open(string name)
        {
            // A group that received nothing gives its name back to the body.
            if (current is { Targets.Count: 0, Name: { } empty }) { groups.Remove(current); kept.Add(new DraftParagraph(empty, default)); }
            current = new DraftTargetGroup(VanKien.Text.VietnameseText.TrimEndPunctuation(name), []);
            groups.Add(current);
        }
        void Add(string sentence, Diagnostics.SourceLocation location)
        {
            if (current is null)
            {
                current = new DraftTargetGroup(null, []);
                groups.Add(current);
            }
            current.Targets.Add(new DraftTarget(sentence, location));
        }
        foreach (var block in section)
        {
            switch (block)
            {
                case DraftHeading sub when !HoldsValue(sub.Text, phrases):
                    Open(sub.Text);
                    break;
                case DraftHeading sub:
                    Add(sub.Text, sub.Location);
                    break;
                case DraftBullet item:
                    Add(Unmarked(item.Text), item.Location);
                    break;
                case DraftNumbered { More.Count: 0 } item when !HoldsValue(item.Text, phrases) && Introduces(item.Text):
                    // "a) Về xây dựng Đảng" read as an item of a list: it names the group that follows.
                    Open(item.Text);
                    break;
                case DraftNumbered item:
                    Add(string.Join(" ", [Unmarked(item.Text), .. item.More]), item.Location);
                    break;
                case DraftParagraph paragraph when char.IsLower(paragraph.Text[0]) && current is { Targets.Count: > 0 }:
                    // The item's sentence going on in a line of its own (a wrap the reader could not tell): the same target.
                    current.Targets[^1] = current.Targets[^1] with { Sentence = current.Targets[^1].Sentence + " " + paragraph.Text };
                    break;
                case DraftParagraph paragraph:
                    var marked = ItemMark().Match(paragraph.Text);
                    var text = marked.Success ? paragraph.Text[marked.Length..].Trim() : paragraph.Text;
                    if (HoldsValue(text, phrases)) Add(text, paragraph.Location);
                    else if (Label().IsMatch(text)) { /* "Chỉ tiêu:" over the items: the group says it */ }
                    else if (Introduces(paragraph.Text)) Open(text);
                    else if (marked.Success) Add(text, paragraph.Location);
                    else kept.Add(paragraph);
                    break;
                default:
                    kept.Add(block);
                    break;
            }
        }
        if (current is { Targets.Count: 0, Name: { } last }) { groups.Remove(current); kept.Add(new DraftParagraph(last, default)); }
        return (groups.Where(g => g.Targets.Count > 0).ToList(), kept);
    }

    private static bool HoldsValue(string text, PhraseParser phrases) => phrases.Infer(text).Value is not null;

    /// <summary>An item's own mark typed into its text: "Chỉ tiêu 1:", "(1)", "1)", "a.", "*".</summary>
    private static string Unmarked(string text) => ItemMark().Match(text) is { Success: true } m ? text[m.Length..].Trim() : text;

    /// <summary>A sentence that opens a run of items: it ends with ":" or names a group ("Mục tiêu cụ thể 1: …", "a. Về …").</summary>
    private static bool Introduces(string text) =>
        text.TrimEnd().EndsWith(':') || GroupOpening().IsMatch(text);

    [GeneratedRegex(@"^(?:Chỉ\s+tiêu\s+(?:số\s+)?[0-9]{1,2}\s*[:.)\-–]|\(\s*[0-9]{1,2}\s*\)|[0-9]{1,2}\)|[*•]|[a-zđ][.)](?=\s))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"^(?:Các\s+)?chỉ\s+tiêu(?:\s+cụ\s+thể|\s+chủ\s+yếu)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:Mục\s+tiêu\s+cụ\s+thể\s+[0-9]+|[a-zđ][.)]\s|Về\s|Nhóm\s)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupOpening();
}
