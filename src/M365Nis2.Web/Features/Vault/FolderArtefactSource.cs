using M365Nis2.Domain.Vault;

namespace M365Nis2.Web.Features.Vault;

/// <summary>Artefacts of an exported pack: artefacts/&lt;id&gt; and artefacts/&lt;id&gt;.p7s.</summary>
public sealed class FolderArtefactSource(string folder) : IArtefactSource
{
    public Task<byte[]?> ReadContentAsync(string id, CancellationToken ct) => ReadAsync(id, "", ct);

    public Task<byte[]?> ReadSignatureAsync(string id, CancellationToken ct) => ReadAsync(id, ".p7s", ct);

    private async Task<byte[]?> ReadAsync(string id, string suffix, CancellationToken ct)
    {
        // The id is checked first so a crafted ledger.json cannot point outside the folder.
        var path = Path.Combine(folder, VaultExport.ArtefactsFolder, id + suffix);
        return ArtefactIds.IsWellFormed(id) && File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }
}
