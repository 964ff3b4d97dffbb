using System.Reflection;

namespace VanKien.Tests.Support;

/// <summary>
/// The tests that start LibreOffice, run a fuzzer or many processes carry <c>[Trait("Speed", "Slow")]</c>:
/// `dotnet test --filter "Speed!=Slow"` is the quick loop while editing; CI runs everything.
/// </summary>
public class SpeedTraitTests
{
    // Any of the suite's facts and theories that names its programs (ExternalTool…, Shared…, Requirement…), or drives LibreOffice over UNO.
    private static bool NeedsLibreOffice(MethodInfo method) => method.GetCustomAttributesData()
        .Where(a => typeof(FactAttribute).IsAssignableFrom(a.AttributeType))
        .Any(a => a.AttributeType == typeof(UnoFactAttribute) || a.ConstructorArguments
            .SelectMany(c => c.Value as IEnumerable<CustomAttributeTypedArgument> ?? [c])
            .Any(p => p.Value as string == "soffice"));

    private static bool MarkedSlow(Type type) => type.GetCustomAttributesData()
        .Any(a => a.AttributeType == typeof(TraitAttribute) && a.ConstructorArguments.Select(c => c.Value as string).SequenceEqual(["Speed", "Slow"]));

    [Fact]
    public void Every_test_class_that_starts_LibreOffice_is_marked_slow()
    {
        var classes = typeof(SpeedTraitTests).Assembly.GetTypes().Where(t => t.GetMethods().Any(NeedsLibreOffice)).ToList();
        Assert.NotEmpty(classes);
        Assert.Empty(classes.Where(t => !MarkedSlow(t)).Select(t => t.Name));
    }
}
