namespace VanKien.Values;

/// <summary>
/// An amount and its unit as written: "%", a counted noun ("đảng viên", "điểm trường"), money
/// ("triệu đồng"), a rate ("ha/trường", "triệu đồng/người/năm"), or "" for a bare count. What the
/// unit measures, and how amounts compare and print, is the values area's (Values/).
/// </summary>
public sealed record Quantity(decimal Amount, string Unit)
{
    /// <summary>The unit read: dimension, base, scale, "per".</summary>
    public Unit Measure => Values.Unit.Parse(Unit);

    /// <summary>"36.875 đảng viên", "96,5%", "1,35 ha/trường".</summary>
    public override string ToString()
    {
        var amount = VietnameseNumber.Format(Amount);
        return Unit switch
        {
            "" => amount,
            "%" => amount + "%",
            _ => $"{amount} {Unit}",
        };
    }
}
