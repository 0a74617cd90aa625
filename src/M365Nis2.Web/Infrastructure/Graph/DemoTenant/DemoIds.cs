using System.Security.Cryptography;
using System.Text;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>Stable GUIDs derived from names, so the demo tenant is identical on every machine and run.</summary>
public static class DemoIds
{
    public static string For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("m365nis2-demo:" + name));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
