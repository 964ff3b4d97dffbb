namespace VanKien.Tests.Support;

/// <summary>The snapshot helper itself: it must fail, readably, when the output changes.</summary>
public class SnapshotTests
{
    [Fact]
    public void A_changed_output_fails_with_a_line_diff_and_writes_a_received_file()
    {
        var folder = Repo.NewTempFolder();
        var fakeTest = Path.Combine(folder, "FakeTests.cs");
        File.WriteAllText(Path.Combine(folder, "FakeTests.M_x.verified.txt"), "một\nhai\nba\n");

        var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Verify("một\nHAI\nba\n", "x", "txt", fakeTest, "M", autoVerify: false));

        Assert.Contains("-     2: hai", failure.Message);
        Assert.Contains("+     2: HAI", failure.Message);
        Assert.Equal("một\nHAI\nba\n", File.ReadAllText(Path.Combine(folder, "FakeTests.M_x.received.txt")));
    }

    [Fact]
    public void A_matching_output_passes_and_leaves_no_received_file()
    {
        var folder = Repo.NewTempFolder();
        var fakeTest = Path.Combine(folder, "FakeTests.cs");
        File.WriteAllText(Path.Combine(folder, "FakeTests.M_x.verified.txt"), "một\n");
        Snapshot.Verify("một\n", "x", "txt", fakeTest, "M", autoVerify: false);
        Assert.False(File.Exists(Path.Combine(folder, "FakeTests.M_x.received.txt")));
    }
}
