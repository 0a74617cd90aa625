namespace M365Nis2.Web.Features.Vault;

/// <summary>Where the verifier reads artefacts from: the live blob container, or an exported folder.</summary>
public interface IArtefactSource
{
    /// <summary>The content, or null when it is missing (or the id is malformed).</summary>
    Task<byte[]?> ReadContentAsync(string id, CancellationToken ct);

    /// <summary>The DER signature, or null when it is missing.</summary>
    Task<byte[]?> ReadSignatureAsync(string id, CancellationToken ct);
}
