using System.Net;
using System.Net.Sockets;

namespace M365Nis2.Web.Tests.Support;

/// <summary>
/// Ports for peers that must be told a port before they bind it (Azurite, the playground, a restarted app). They come
/// from below Linux's ephemeral range (32768–60999), which the OS uses for port-0 listeners and for the source ports of
/// outgoing connections, so nothing the OS hands out can take one between our check and the peer's bind. Each test
/// process walks the range from a random start and never hands a port out twice, so two tests never share one either.
/// </summary>
public static class FreePort
{
    private const int First = 20_000;
    private const int Count = 12_000; // up to 31 999
    private static int next = Random.Shared.Next(Count);

    /// <summary>A loopback port that nobody listened on a moment ago and that this process has not handed out before.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (Interlocked.Increment(ref next) % Count);
            if (IsFree(port))
            {
                return port;
            }
        }
        throw new InvalidOperationException($"No free loopback port between {First} and {First + Count - 1}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
