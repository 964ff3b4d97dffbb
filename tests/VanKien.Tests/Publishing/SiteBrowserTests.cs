using System.Text.Json;
using Microsoft.Playwright;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Publishing;

/// <summary>
/// The site in a real browser (Debian's Chromium, driven by Playwright), opened from the disk as a
/// committee member would open it: home → the resolution → a cell's program → one of its targets
/// → the cell's results. No console error on the way and no request off the disk; axe-core finds
/// no violation of WCAG 2 A/AA or of its best practices (headings, landmarks) on the pages seen;
/// screenshots of three pages are kept in TestResults/site/.
/// </summary>
[Trait("Speed", "Slow")]
public class SiteBrowserTests(ITestOutputHelper log)
{
    private static string Artefacts => Path.Combine(Repo.Root, "tests", "VanKien.Tests", "TestResults", "site");

    private static string? Axe =>
        Path.Combine(Repo.Root, "tests", ".tools", "node_modules", "axe-core", "axe.min.js") is var path && File.Exists(path) ? path : null;

    [ExternalToolFact("chromium")]
    public async Task A_committee_member_walks_from_home_to_a_cells_results_and_sees_the_planted_diagnostic()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var child = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        File.WriteAllText(child, File.ReadAllText(child).Replace("gia-tri: \">= 90%\"\n        cha: CT-02", "gia-tri: \">= 80%\"\n        cha: CT-02"));
        var site = Repo.NewTempFolder();
        SiteBuilder.Build(SourceDiscovery.Discover([samples]).Sources, new SiteBuilder.Options(site, ResultsFolders: [samples]));
        Directory.CreateDirectory(Artefacts);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExternalTool.Find("chromium"), Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1000, Height = 1200 } });
        var errors = new List<string>();
        // axe-core reads the style sheets again itself, which a file:// page refuses: its own messages are not the site's.
        var auditing = false;
        page.Console += (_, message) => { if (message.Type == "error" && !auditing) errors.Add(message.Text); };
        page.PageError += (_, error) => { if (!auditing) errors.Add(error); };
        // Nothing leaves the disk: every request a page makes is for one of the site's own files.
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var violations = new List<string>();

        async Task Check(string name)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Artefacts, name + ".png"), FullPage = true });
            if (Axe is not { } axe) return;
            auditing = true;
            await page.AddScriptTagAsync(new() { Path = axe });
            var found = await page.EvaluateAsync<JsonElement>(
                "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } })).violations.map(v => v.id + ' (' + v.nodes.length + '): ' + v.nodes[0].html)");
            violations.AddRange(found.EnumerateArray().Select(v => $"{name}: {v.GetString()}"));
            // Settled before the walk goes on: the audit's own requests end with it.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            auditing = false;
        }

        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).AbsoluteUri);
        Assert.Equal("Văn kiện của dự án", await page.Locator("h1").InnerTextAsync());
        await Check("trang-chu");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nghị quyết số 01-NQ/ĐH" }).First.ClickAsync();
        Assert.EndsWith("van-ban/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.html", page.Url);
        Assert.Contains("NGHỊ QUYẾT", await page.Locator("h2.ten-loai").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Chương trình hành động số 05-CTr/CB" }).First.ClickAsync();
        Assert.EndsWith("van-ban/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.html", page.Url);
        var planted = page.Locator("#ct-xdd-02 .chan-doan.loi");
        Assert.Contains("VK0220", await planted.InnerTextAsync());
        Assert.True(await planted.IsVisibleAsync(), "the diagnostic is not shown");
        await Check("van-ban-cap-duoi");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu" }).ClickAsync();
        var resolution = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Nghị quyết số 01-NQ/ĐH" }) });
        Assert.True(await resolution.Locator("tbody tr[data-don-vi='Chi bộ Trường Tiểu học Hùng An']").CountAsync() > 0);
        await resolution.GetByLabel("Đơn vị").SelectOptionAsync("Chi bộ Trường Mầm non Việt Hồng");
        Assert.Equal(0, await resolution.Locator("tbody tr:visible[data-don-vi='Chi bộ Trường Tiểu học Hùng An']").CountAsync());
        await resolution.GetByRole(AriaRole.Link, new() { Name = "xdd-02" }).First.ClickAsync();
        Assert.EndsWith("chuong-trinh-hanh-dong-2025-2030.html#ct-xdd-02", page.Url);
        Assert.True(await page.Locator("#ct-xdd-02").IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "xem" }).Last.ClickAsync();
        Assert.Contains("kết quả năm 2027", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Bảng tổng hợp năm 2027" }).ClickAsync();
        Assert.True(await page.Locator("figure.bieu-do svg").IsVisibleAsync(), "the dashboard's chart is not drawn");
        await Check("ket-qua");

        log.WriteLine($"screenshots in {Artefacts}; axe-core {(Axe is null ? "not installed" : "run")}");
        Assert.Empty(errors);
        Assert.True(requests.Count > 10, $"{requests.Count} requests");
        Assert.All(requests, url => Assert.StartsWith("file://", url));
        if (Axe is null)
        {
            Assert.False(ExternalTool.IsCi, "axe-core is missing: .ci/run installs it into tests/.tools");
            log.WriteLine("SKIPPED (accessibility): axe-core is missing (npm install --prefix tests/.tools axe-core)");
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
