using System.Net;
using System.Net.Sockets;

namespace M365Nis2.Web.Tests.Support;

public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago; good enough for peers that must be told a port.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
