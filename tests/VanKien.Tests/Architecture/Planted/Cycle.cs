// Three folders that use each other in a ring, no two of them both ways: the cycle
// LayerTests.A_planted_cycle_of_three_folders_is_found must find (a check of pairs does not).
namespace VanKien.Tests.Architecture.Planted.Budget
{
    internal static class Plan
    {
        public static int Total(int cells) => Planted.Ledger.Entry.Of(cells);
    }
}

namespace VanKien.Tests.Architecture.Planted.Ledger
{
    internal static class Entry
    {
        public static int Of(int cells) => Planted.Audit.Check.Count(cells);
    }
}

namespace VanKien.Tests.Architecture.Planted.Audit
{
    internal static class Check
    {
        public static int Count(int cells) => cells > 0 ? cells : Planted.Budget.Plan.Total(1);
    }
}
