using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Support;

/// <summary>
/// The real Microsoft 365 Agents Playground (npm) as the Teams client, driven over its HTTP and websocket API.
/// Its users are the demo tenant's (a generated config file), so the bot sees real demo object ids.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process process;
    private readonly ClientWebSocket socket = new();
    private readonly Channel<JsonObject> messages = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource stop = new();
    private readonly string folder;

    private AgentsPlayground(Process process, string folder, int port)
    {
        this.process = process;
        this.folder = folder;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        LogFile = Path.Combine(folder, "playground.log");
    }

    public HttpClient Http { get; }

    public string LogFile { get; }

    public string PersonalChatId { get; private set; } = "";

    public string CurrentUserId { get; private set; } = "";

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, string currentUserUpn = DemoDirectory.CisoUpn)
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-playground-").FullName;
        var config = Path.Combine(folder, ".m365agentsplayground.yml");
        await File.WriteAllTextAsync(config, PlaygroundConfig.Render(new DemoDirectory(), currentUserUpn));
        var port = FreePort.Next();
        var psi = NodePeer.StartInfo(RepoPaths.NodeModule("@microsoft", "m365agentsplayground", "cli.js"),
            "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry");
        psi.WorkingDirectory = folder;
        psi.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        psi.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log");
        psi.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = config;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the Agents Playground");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, folder, port);
        await playground.WaitUntilReadyAsync();
        return playground;
    }

    private async Task WaitUntilReadyAsync()
    {
        // Node starts the playground in a few seconds on an idle machine; with the full suite on two cores it has taken over 30 s.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                if (await Http.GetStringAsync(new Uri("/_debug/ping", UriKind.Relative)) == "pong")
                {
                    break;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
            }
            await Task.Delay(200);
        }
        var config = await Http.GetFromJsonAsync<JsonObject>(new Uri("/_internal/v1/config", UriKind.Relative))
            ?? throw new InvalidOperationException("no playground config");
        PersonalChatId = config["config"]!["personalChat"]!["id"]!.GetValue<string>();
        CurrentUserId = config["config"]!["currentUser"]!["id"]!.GetValue<string>();
        var ws = new Uri(Http.BaseAddress!.ToString().Replace("http", "ws", StringComparison.Ordinal) + "_ws_conversation/v1/conversations/stream");
        await socket.ConnectAsync(ws, CancellationToken.None);
        _ = Task.Run(ReadFramesAsync);
    }

    private async Task ReadFramesAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (!stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var frame = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, stop.Token);
                    frame.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (JsonNode.Parse(frame.ToArray()) is JsonObject obj && obj["action"]?.GetValue<string>() == "createMessage" && obj["message"] is JsonObject message)
                {
                    await messages.Writer.WriteAsync(message);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or JsonException)
        {
        }
    }

    /// <summary>Simulates installing the app in the personal chat (bot gets installationUpdate + conversationUpdate).</summary>
    public Task InstallAsync() => PostAsync($"/_debug/conversation/{PersonalChatId}/installation", new JsonObject());

    public Task SendTextAsync(string text) =>
        PostAsync($"/_conversation/v1/conversations/{PersonalChatId}/messages",
            new JsonObject { ["from"] = new JsonObject { ["id"] = CurrentUserId }, ["text"] = text, ["textFormat"] = "plain" });

    /// <summary>Clicks an Action.Execute on the card with message id <paramref name="cardMessageId"/>; returns the bot's invoke response.</summary>
    public async Task<JsonObject> ExecuteAsync(string cardMessageId, string verb, JsonObject data)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = PersonalChatId },
            ["from"] = new JsonObject { ["id"] = CurrentUserId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
        using var response = await Http.PostAsJsonAsync(new Uri("/_conversation/v1/invoke", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"playground invoke failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text) as JsonObject ?? throw new InvalidOperationException("invoke response was not an object: " + text);
    }

    /// <summary>The next message the bot sent to the chat that matches, as the playground stored it.</summary>
    public async Task<JsonObject> NextMessageAsync(Func<JsonObject, bool>? match = null, int timeoutSeconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            while (true)
            {
                var message = await messages.Reader.ReadAsync(timeout.Token);
                if (match is null || match(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no matching bot message within {timeoutSeconds}s; playground log: {LogFile}");
        }
    }

    /// <summary>The first Adaptive Card attached to a stored message, or null.</summary>
    public static JsonObject? CardOf(JsonObject message) =>
        message["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]?["content"] as JsonObject : null;

    /// <summary>Lines of the playground's own log that report an error or a failed exchange with the bot.</summary>
    public IReadOnlyList<string> ErrorsInLog()
    {
        if (!File.Exists(LogFile))
        {
            return [];
        }
        return File.ReadAllLines(LogFile)
            .Where(l => l.StartsWith("error", StringComparison.OrdinalIgnoreCase)
                || l.Contains("\"statusCode\":4", StringComparison.Ordinal) || l.Contains("\"statusCode\":5", StringComparison.Ordinal)
                || l.Contains("\"type\":\"error\"", StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await Http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"playground {path} failed: {(int)response.StatusCode} {text}");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        socket.Dispose();
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        stop.Dispose();
    }
}
