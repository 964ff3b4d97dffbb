namespace VanKien.Targets;

/// <summary>How a bound binds: "90% trở lên" is AtLeast, "trên 90%" MoreThan, "không quá 02" AtMost.</summary>
public enum Comparator
{
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    /// <summary>"100%": read as a floor when compared (nobody fails a target by exceeding it).</summary>
    Exactly,
}

public static class ComparatorText
{
    public static string Symbol(this Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => ">=",
        Comparator.MoreThan => ">",
        Comparator.AtMost => "<=",
        Comparator.LessThan => "<",
        _ => "=",
    };

    /// <summary>True where more is better (a floor), false where less is better (a ceiling).</summary>
    public static bool IsFloor(this Comparator comparator) =>
        comparator is Comparator.AtLeast or Comparator.MoreThan or Comparator.Exactly;
}
