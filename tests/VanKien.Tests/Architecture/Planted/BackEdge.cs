// A reader that calls a check: the back-edge LayerTests.A_planted_back_edge_is_found must find.
namespace VanKien.Tests.Architecture.Planted.Checking
{
    internal static class Rule
    {
        public static bool Holds(string text) => text.Length > 0;
    }
}

namespace VanKien.Tests.Architecture.Planted.Reading
{
    internal static class Reader
    {
        public static bool Read(string text) => Checking.Rule.Holds(text);
    }
}
