using System.Globalization;

namespace VanKien.Targets;

/// <summary>
/// An amount and its unit: "%", a counted noun ("đảng viên", "điểm trường"), a rate
/// ("ha/trường", "lần/năm"), or "" for a bare count. Amounts print with the decimal comma.
/// </summary>
public sealed record Quantity(decimal Amount, string Unit)
{
    public override string ToString()
    {
        var amount = Amount.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
        return Unit switch
        {
            "" => amount,
            "%" => amount + "%",
            _ => $"{amount} {Unit}",
        };
    }
}
