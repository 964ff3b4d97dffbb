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
}
