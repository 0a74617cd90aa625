using System.Text.Json;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// Playwright for .NET driving the machine's Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium-headless-shell, else
/// /usr/bin/chromium). A missing browser fails the test with instructions: browser tests never skip silently.
/// One Chromium serves the whole test process: a launch costs about 2.5 s of CPU, and test classes used to launch one
/// each (some one per test). Every handle opens its pages in contexts of its own, which share nothing (storage,
/// cookies, cache), and closes them when disposed; a browser that has gone away is launched again.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly SemaphoreSlim LaunchLock = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? shared;
    private readonly IBrowser browser;
    private readonly System.Collections.Concurrent.ConcurrentBag<IBrowserContext> contexts = [];

    private HeadlessChromium(IBrowser browser) => this.browser = browser;

    /// <summary>Console messages, page errors and responses of every page, for the test output when something fails.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Log { get; } = new();

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH")
        ?? (File.Exists("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium");

    /// <summary>Where screenshots go: TestResults/screenshots under the test output folder.</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    /// <summary>A handle on the process's Chromium, launched on first use (or again, if it has gone away).</summary>
    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it (Debian: apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH; the tab's browser tests need it and do not skip.");
        }
        await LaunchLock.WaitAsync();
        try
        {
            if (shared is not { IsConnected: true })
            {
                playwright ??= await Playwright.CreateAsync();
                shared = await playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
                });
            }
            return new HeadlessChromium(shared);
        }
        finally
        {
            LaunchLock.Release();
        }
    }

    /// <summary>A page on the app; with a dev user preselected in the dev user picker (localStorage, as a click on it would).</summary>
    public async Task<IPage> OpenAsync(Uri baseAddress, string? devUser = null, string locale = "en-GB", string? initScript = null)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString(), Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        contexts.Add(context);
        if (devUser is not null)
        {
            await context.AddInitScriptAsync($"localStorage.setItem('m365nis2.devUser', {JsonSerializer.Serialize(devUser)});");
        }
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }
        var page = await context.NewPageAsync();
        page.Console += (_, m) => Log.Enqueue($"console.{m.Type}: {m.Text}");
        page.PageError += (_, e) => Log.Enqueue($"page error: {e}");
        page.Response += (_, r) => Log.Enqueue($"{r.Status} {r.Request.Method} {r.Url}");
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        Console.WriteLine($"Screenshot: {path}");
        return path;
    }

    /// <summary>Closes this handle's pages; the browser stays for the next test (the test process's exit ends it).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // The browser went away under the test; the next LaunchAsync starts a new one.
            }
        }
    }
}
