using System.Security.Cryptography;
using System.Text;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// Stable GUIDs derived from names (RFC 4122 name-based layout, version 5 bits), so the demo tenant is identical on
/// every machine and run, and strict validators (the Agents Playground's config schema) accept the ids.
/// </summary>
public static class DemoIds
{
    public static string For(string name)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("m365nis2-demo:" + name)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
