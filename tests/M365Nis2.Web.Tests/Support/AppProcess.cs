using System.Diagnostics;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.Support;

/// <summary>
/// The host as its own process (the built dll beside the tests), for what only a real process shows: how long it
/// takes to exit on SIGTERM.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<AppProcess> StartAsync(string storageConnectionString, IDictionary<string, string?> settings)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "M365Nis2.Web.dll") },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["urls"] = baseAddress.ToString();
        start.Environment["ConnectionStrings__Storage"] = storageConnectionString;
        start.Environment["Storage__Prefix"] = AzuriteServer.NewPrefix();
        start.Environment["Signing__LocalFolder"] = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the app");
        // The last lines the app wrote, so a start that fails says why instead of only "not healthy".
        var lastLines = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (lastLines)
            {
                lastLines.Enqueue(line);
                while (lastLines.Count > 40)
                {
                    lastLines.Dequeue();
                }
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, baseAddress);
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                // Read everything about the process before Dispose: afterwards it has no process to ask.
                var state = process.HasExited ? $"exited with {process.ExitCode}" : "still running after 90 s";
                string output;
                lock (lastLines)
                {
                    output = string.Join('\n', lastLines);
                }
                app.Dispose();
                throw new InvalidOperationException($"The app did not become healthy ({state}). Its last output:\n{output}");
            }
            await Task.Delay(200);
        }
    }

    /// <summary>Sends SIGTERM (what App Service and Ctrl-C's script send) and returns how long the process took to exit.</summary>
    public async Task<TimeSpan> TerminateAsync(TimeSpan giveUpAfter)
    {
        var clock = Stopwatch.StartNew();
        await ExternalProcess.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        using var cts = new CancellationTokenSource(giveUpAfter);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
        }
        return clock.Elapsed;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        process.Dispose();
    }
}
