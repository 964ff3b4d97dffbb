using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// Everything of the presentation standard's frame that is not body text: header block, title,
/// căn cứ, recipients and signature. <see cref="Draft"/> is the draft marking ("Dự thảo", "Dự thảo
/// lần 2") of a document not yet issued: given by <c>du-thao</c>, or implied by a number without
/// its sequence. <see cref="Enacting"/> is the authority a resolution or a decision names under its
/// title, above the căn cứ ("HỘI ĐỒNG NHÂN DÂN TỈNH …", "KHÓA IX - KỲ HỌP THỨ 6"), a line each.
/// </summary>
public sealed record Frame(
    Located<string> Number,
    IssuingBodies Bodies,
    Located<string> Place,
    Located<DateOnly> Date,
    Located<string>? Title,
    Located<string>? Summary,
    Located<string>? Term,
    Located<string>? ParentPath,
    IReadOnlyList<Located<string>> Bases,
    IReadOnlyList<Located<string>> Recipients,
    Signature? Signature,
    SourceLocation Location,
    Located<string>? Draft = null,
    IReadOnlyList<Located<string>>? Enacting = null)
{
    /// <summary>
    /// A draft's number before the văn thư gives one: the symbol alone, "-KH/CB" (Party) or
    /// "/KH-UBND" (state); the number line prints a blank where the number will be written.
    /// </summary>
    public bool Unnumbered => IsUnnumbered(Number.Value);

    /// <summary>
    /// A draft whose date is left blank ("ngay:" with nothing after it): <see cref="Date"/> then holds no
    /// date of the calendar (its location is the blank key's), checks that compare dates pass it by, and
    /// the date line prints a blank to fill, as the number line does.
    /// </summary>
    public bool Undated { get; init; }

    /// <summary>A blank to write by hand: six no-break spaces, as the draft's number line keeps one.</summary>
    public const string HandBlank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    /// <summary>"ngày 01 tháng 10 năm 2025"; an undated draft's "ngày      tháng      năm      ".</summary>
    public string DateWords => Undated ? $"ngày {HandBlank} tháng {HandBlank} năm {HandBlank}" : Text.VietnameseDate.Long(Date.Value);

    /// <summary>"01/10/2025" for references in running text; an undated draft's blank.</summary>
    public string DateShort => Undated ? HandBlank : Text.VietnameseDate.Short(Date.Value);

    /// <summary>Whether a number is given as its symbol alone, as a draft's is.</summary>
    public static bool IsUnnumbered(string number) => number.TrimStart().StartsWith('-') || number.TrimStart().StartsWith('/');
}
