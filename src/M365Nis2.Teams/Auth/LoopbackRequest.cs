using System.Net;


namespace M365Nis2.Teams.Auth;

/// <summary>
/// "This request comes from this machine": a loopback peer address AND a loopback Host header. The peer alone is not
/// enough: a local tunnel or a reverse proxy on the same machine, or a DNS-rebound name, makes remote traffic arrive
/// from 127.0.0.1, but it then carries the public host name.
/// </summary>
public static class LoopbackRequest
{
    public static bool IsLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } peer && IPAddress.IsLoopback(peer) && IsLoopbackHost(context.Request.Host.Host);

    public static bool IsLoopbackHost(string? host)
    {
        if (string.IsNullOrEmpty(host))
        {
            return false;
        }
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
