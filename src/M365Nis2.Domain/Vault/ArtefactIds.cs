using System.Security.Cryptography;

namespace M365Nis2.Domain.Vault;

/// <summary>Content addressing: an artefact's id is the lowercase hex SHA-256 of its bytes, nothing else.</summary>
public static class ArtefactIds
{
    public const int Length = 64;

    public static string Compute(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Exactly 64 lowercase hex digits; anything else is rejected before it reaches storage.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: Length } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>"sha256/ab/cd/abcd…": two fan-out levels keep listings of one folder small.</summary>
    public static string BlobName(string id)
    {
        if (!IsWellFormed(id))
        {
            throw new ArgumentException("An artefact id is 64 lowercase hex digits.", nameof(id));
        }
        return $"sha256/{id[..2]}/{id[2..4]}/{id}";
    }

    public static string SignatureBlobName(string id) => BlobName(id) + ".p7s";
}
