namespace VanKien.Values;

/// <summary>
/// Whole numbers written in ASCII digits, as every pattern in VanKien matches them ([0-9], never \d,
/// which also matches "３" and "٣"). A number too large for an int saturates at int.MaxValue: a
/// value such as "top 99999999999" is then refused by the check that reads it, never by an overflow.
/// </summary>
public static class AsciiDigits
{
    public static int Parse(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') throw new FormatException($"'{digits}' không phải số viết bằng chữ số 0–9");
            value = value * 10 + (c - '0');
            if (value > int.MaxValue) return int.MaxValue;
        }
        return (int)value;
    }
}
