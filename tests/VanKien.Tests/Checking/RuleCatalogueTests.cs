using VanKien.Diagnostics;

namespace VanKien.Tests.Checking;

public class RuleCatalogueTests
{
    /// <summary>Rules.All is written out (start-up reads it); every rule declared must be in it, in id order, once.</summary>
    [Fact]
    public void The_listed_catalogue_holds_every_declared_rule_in_id_order()
    {
        var declared = typeof(Rules).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Rule)).Select(f => (Rule)f.GetValue(null)!).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(declared, Rules.All);
        Assert.Equal(Rules.All.Count, Rules.All.Select(r => r.Id).Distinct().Count());
    }
}
