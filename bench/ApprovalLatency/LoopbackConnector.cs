using System.Net;
using System.Text;

namespace ApprovalLatency;

/// <summary>A Bot Connector stand-in on loopback: accepts every send/update and answers with an activity id.</summary>
internal sealed class LoopbackConnector : IDisposable
{
    private readonly HttpListener listener = new();
    private int counter;

    public LoopbackConnector(int port)
    {
        ServiceUrl = new Uri($"http://127.0.0.1:{port}/_connector/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri ServiceUrl { get; }

    public int Requests => counter;

    private async Task LoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            var n = Interlocked.Increment(ref counter);
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                await reader.ReadToEndAsync();
            }
            var body = Encoding.UTF8.GetBytes($"{{\"id\":\"1:activity-{n}\"}}");
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose() => listener.Close();
}
