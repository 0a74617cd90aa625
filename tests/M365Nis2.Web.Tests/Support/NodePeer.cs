using System.Diagnostics;

namespace M365Nis2.Web.Tests.Support;

/// <summary>Starts a Node peer (Azurite, the playground) through node-peer.cjs, so it exits when this test host is gone.</summary>
public static class NodePeer
{
    public static ProcessStartInfo StartInfo(string script, params string[] args)
    {
        var psi = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.ArgumentList.Add(RepoPaths.Of("tests", "M365Nis2.Web.Tests", "Support", "node-peer.cjs"));
        psi.ArgumentList.Add(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        psi.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }
        return psi;
    }
}
