namespace VanKien.Targets;

/// <summary>
/// A named ordered scale whose levels are words, not numbers: the grading of Party organisations
/// and members, school national standard levels … Levels are listed from lowest to highest;
/// <see cref="Cue"/> is the phrase that names the scale around a numbered level ("chuẩn quốc gia").
/// </summary>
public sealed record OrdinalScale(string Id, string Name, IReadOnlyList<string> Levels, string? Cue = null)
{
    /// <summary>1-based level of a name, or 0.</summary>
    public int LevelOf(string name)
    {
        for (var i = 0; i < Levels.Count; i++)
            if (string.Equals(Levels[i], name, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }

    public string NameOf(int level) => level >= 1 && level <= Levels.Count ? Levels[level - 1] : $"mức {level}";
}
