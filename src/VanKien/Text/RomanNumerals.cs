using System.Text;

namespace VanKien.Text;

public static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Table =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    public static string From(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        var builder = new StringBuilder();
        foreach (var (value, symbol) in Table)
        {
            while (number >= value)
            {
                builder.Append(symbol);
                number -= value;
            }
        }
        return builder.ToString();
    }

    /// <summary>The value of a Roman numeral written as <see cref="From"/> writes it ("IV", "XIV"); null for anything else ("IIII", "VX").</summary>
    public static int? Parse(string text)
    {
        var value = 0;
        var at = 0;
        foreach (var (number, symbol) in Table)
            while (at + symbol.Length <= text.Length && string.CompareOrdinal(text, at, symbol, 0, symbol.Length) == 0)
            {
                value += number;
                at += symbol.Length;
            }
        return at == text.Length && value > 0 && value < 4000 && From(value) == text ? value : null;
    }
}
