using System.Net;
using System.Net.Sockets;
using LegalReview.SampleHost.Security;
using Microsoft.Playwright;

namespace LegalReview.SampleHost.Tests;

/// <summary>
/// The workflow in a real browser: headless Chromium (the system's /usr/bin/chromium, driven by Playwright) against
/// the host on Kestrel. Set SAMPLEHOST_SCREENSHOTS to a folder to keep screenshots of the main pages.
/// </summary>
public sealed class BrowserEndToEndTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Test]
    public async Task DrafterSubmits_ReviewerAcceptsAFinding_AndDownloadsTheOpinion()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (apt-get install -y chromium).");
        }

        var port = FreePort();
        // The shipped default limit, so that the screenshots show what users will see.
        using var factory = new SampleHostFactory(maxUploadBytes: new SampleHostOptions().MaxUploadBytes);
        factory.UseKestrel(port);
        factory.StartServer();
        await factory.EnsureUserAsync("晋江市商务局", Roles.Drafter);
        await factory.EnsureUserAsync("审核员乙", Roles.Reviewer);
        var baseUrl = $"http://127.0.0.1:{port}";
        var shots = Environment.GetEnvironmentVariable("SAMPLEHOST_SCREENSHOTS");
        var userData = Directory.CreateTempSubdirectory("samplehost-chromium-").FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var context = await LaunchAsync(playwright, userData);
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();

            await page.GotoAsync(baseUrl + "/");
            Assert.That(page.Url, Does.Contain("/Account/Login"));
            await ShotAsync(page, shots, "host-signin");
            await SignInAsync(page, "晋江市商务局");

            await page.GotoAsync(baseUrl + "/Cases/Submit");
            await page.SetInputFilesAsync("#Upload", HostClient.SeedDraft);
            await page.FillAsync("#Metadata_Unit", "晋江市商务局");
            await page.FillAsync("#Metadata_ConsultationStart", "2024-05-06");
            await page.FillAsync("#Metadata_ConsultationEnd", "2024-05-20");
            await page.SelectOptionAsync("#Metadata_ConsultedMarketParticipants", "true");
            await page.FillAsync("#Metadata_FairCompetitionConclusion", "经审查，不含排除、限制竞争的内容");
            await page.FillAsync("#Metadata_LegalityReviewDate", "2024-06-20");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await ShotAsync(page, shots, "host-submit");
            await page.ClickAsync("button:has-text('报送审核')");
            await page.WaitForURLAsync("**/Cases");
            Assert.That(await page.InnerTextAsync(".notice"), Does.Contain("已报送"));
            await page.ClickAsync("button:has-text('退出登录')");
            await page.WaitForURLAsync("**/Account/Login");

            await SignInAsync(page, "审核员乙");
            await page.GotoAsync(baseUrl + "/Cases");
            await ShotAsync(page, shots, "host-cases");
            await page.ClickAsync("a:has-text('审查')");
            await page.WaitForURLAsync("**/Cases/Review/*");
            var marks = page.Locator("article.document mark");
            Assert.That(await marks.CountAsync(), Is.GreaterThan(0), "findings are highlighted in the text");
            var finding = page.Locator(".finding").First;
            var key = await finding.GetAttributeAsync("data-key");
            var quote = await finding.Locator("blockquote").InnerTextAsync();
            Assert.That(await finding.InnerTextAsync(), Does.Contain("LR"));
            await ShotAsync(page, shots, "host-review");

            await finding.Locator("button.accept").ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
            Assert.That(await page.Locator($"[id='f-{key}'] .decision").InnerTextAsync(), Does.Contain("已采纳"));

            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-opinion"));
            Assert.That(download.SuggestedFilename, Does.EndWith(".docx"));
            Assert.That(download.SuggestedFilename, Does.StartWith("合法性审核意见书"), "the browser takes the Chinese name from filename*");
            var letter = DocxContent.Open(await File.ReadAllBytesAsync(await download.PathAsync())).Text;
            Assert.That(letter, Does.Contain("合法性审核意见书"));
            Assert.That(letter, Does.Contain(quote.Trim()), "the accepted finding is in the letter");
            Assert.That(download.SuggestedFilename, Does.Contain("征求意见稿"), "before the conclusion the reviewer gets a marked preview");
            Assert.That(letter, Does.Contain("尚未作出审核结论"));
        }
        finally
        {
            await context.CloseAsync();
            Directory.Delete(userData, recursive: true);
        }
    }

    [Test]
    public async Task Administrator_ImportsTheSeed_AndSeesStatisticsFilingsAndProjectLibrary()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed (apt-get install -y chromium).");
        }

        var port = FreePort();
        using var factory = new SampleHostFactory();
        factory.UseKestrel(port);
        factory.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";
        var shots = Environment.GetEnvironmentVariable("SAMPLEHOST_SCREENSHOTS");
        var userData = Directory.CreateTempSubdirectory("samplehost-chromium-").FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var context = await LaunchAsync(playwright, userData);
        try
        {
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/");
            await SignInAsync(page, SampleHostFactory.AdminName, SampleHostFactory.AdminPassword);

            await page.GotoAsync(baseUrl + "/Tracking/Statistics");
            await page.ClickAsync("button:has-text('导入 2024 年示例数据')");
            try
            {
                // Importing 900-odd audit events takes a while on a loaded machine. The page's DOM is what the test
                // reads: waiting for the whole load event as well once timed out under load after the redirect had
                // landed and the page had rendered (the notice and the statistics were in the body).
                await page.WaitForURLAsync(url => url.Contains("year=2024", StringComparison.Ordinal), new PageWaitForURLOptions { Timeout = 120_000, WaitUntil = WaitUntilState.DOMContentLoaded });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"no redirect after the import: {page.Url}\n{await page.InnerTextAsync("body")}");
            }

            Assert.That(await page.InnerTextAsync(".notice"), Does.Contain("已导入"));
            var text = await page.InnerTextAsync(".statistics-text");
            Assert.That(text, Does.Contain("194").And.Contain("193"));
            await ShotAsync(page, shots, "host-statistics");

            await page.GotoAsync(baseUrl + "/Tracking/Filings");
            Assert.That(await page.Locator("table.filings tbody tr").CountAsync(), Is.GreaterThan(0));
            await ShotAsync(page, shots, "host-filings");

            await page.GotoAsync(baseUrl + "/Tracking/Projects?year=2024");
            Assert.That(await page.Locator(".board .project").CountAsync(), Is.GreaterThan(0));
            await ShotAsync(page, shots, "host-projects");
        }
        finally
        {
            await context.CloseAsync();
            Directory.Delete(userData, recursive: true);
        }
    }

    private static Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string userData) =>
        playwright.Chromium.LaunchPersistentContextAsync(userData, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Locale = "zh-CN",
        });

    private static async Task SignInAsync(IPage page, string user, string password = SampleHostFactory.UserPassword)
    {
        await page.FillAsync("#Input_UserName", user);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("button:has-text('登录')");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }

    private static async Task ShotAsync(IPage page, string? folder, string name)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
