using System.Diagnostics;
using System.Net.Sockets;

namespace M365Nis2.Web.Tests.Support;

/// <summary>
/// One real Azurite (npm) per test run, on free loopback ports with a throw-away data folder. Tests isolate
/// themselves with a random Storage:Prefix instead of restarting it, which keeps the suite fast.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    private static readonly Lazy<AzuriteServer> Instance = new(StartPrivate, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Process process;
    private readonly string dataFolder;

    private AzuriteServer(Process process, string dataFolder, int blobPort, int tablePort)
    {
        this.process = process;
        this.dataFolder = dataFolder;
        BlobPort = blobPort;
        TablePort = tablePort;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public static AzuriteServer Shared => Instance.Value;

    public int BlobPort { get; }

    public int TablePort { get; }

    /// <summary>The well-known Azurite development account, on this instance's ports.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>An Azurite of the test's own (dispose it), for tests that stop storage under a running app.</summary>
    public static AzuriteServer StartPrivate()
    {
        var script = RepoPaths.NodeModule("azurite", "dist", "src", "azurite.js");
        var data = Directory.CreateTempSubdirectory("m365nis2-azurite-").FullName;
        int blobPort = FreePort.Next(), queuePort = FreePort.Next(), tablePort = FreePort.Next();
        var psi = NodePeer.StartInfo(script, "--silent", "--location", data, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--skipApiVersionCheck", "--loose", "--disableTelemetry");
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start node for Azurite");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AzuriteServer(process, data, blobPort, tablePort);
        var deadline = DateTime.UtcNow.AddSeconds(240); // a loaded machine (load 30 on 2 cores seen) starts node slowly
        while (!(Listening(blobPort) && Listening(tablePort)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                server.Dispose(); // no orphaned node left listening after a failed start
                throw new InvalidOperationException($"Azurite did not start (exited: {process.HasExited}).");
            }
            Thread.Sleep(100);
        }
        return server;
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at process exit: a leftover temp folder is harmless.
        }
    }
}
