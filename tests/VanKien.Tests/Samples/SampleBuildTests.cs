using VanKien.Building;
using VanKien.Tests.Support;

namespace VanKien.Tests.Samples;

/// <summary>Every sample builds cleanly, validates, is deterministic and matches its snapshot.</summary>
public class SampleBuildTests
{
    public static TheoryData<string> Samples => SampleBuilds.All();

    [Fact]
    public void The_three_seed_documents_are_samples()
    {
        Assert.True(Samples.Count >= 3, $"expected at least 3 samples, found {Samples.Count}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Builds_without_errors_or_warnings(string sample)
    {
        var result = SampleBuilds.Get(SampleBuilds.Full(sample));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity != VanKien.Diagnostics.Severity.Info).Select(d => d.ToString()));
        Assert.NotNull(result.Docx);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Passes_the_OpenXml_validator_with_zero_errors(string sample)
    {
        var errors = Docx.ValidationErrors(SampleBuilds.Docx(SampleBuilds.Full(sample)));
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Building_twice_gives_byte_identical_docx(string sample)
    {
        var first = Compiler.Build(SampleBuilds.Full(sample)).Docx!;
        var second = Compiler.Build(SampleBuilds.Full(sample)).Docx!;
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Document_xml_matches_its_snapshot(string sample)
    {
        var xml = Docx.Pretty(Docx.MainDocument(SampleBuilds.Docx(SampleBuilds.Full(sample))));
        Snapshot.Verify(xml, Repo.SampleName(sample), "xml");
    }
}
