using System.IO.Compression;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.AuditPack;

/// <summary>
/// The audit pack: the vault's offline-verifiable export (artefacts, signatures, certificate, signed ledger) plus an
/// HTML index and one page per control, zipped into a temp file that deletes itself when the response stream closes.
/// </summary>
public sealed class AuditPackBuilder(IEvidenceVault vault, TimeProvider time, IOptions<AuditPackOptions> options, ILogger<AuditPackBuilder> logger)
    : IDisposable
{
    // A pack copies the whole vault to disk and zips it: one build at a time per instance keeps a few impatient clicks
    // (or a script) from filling the disk and the CPU.
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>The pack, or null when this instance is building one already (the caller answers 429).</summary>
    public async Task<Stream?> TryBuildAsync(CancellationToken ct)
    {
        if (!await oneAtATime.WaitAsync(TimeSpan.Zero, ct))
        {
            return null;
        }
        try
        {
            return await BuildAsync(ct);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>Holds the build slot (tests use it to show the second request is refused).</summary>
    internal IDisposable? TryHold() => oneAtATime.Wait(TimeSpan.Zero) ? new Slot(oneAtATime) : null;

    public void Dispose() => oneAtATime.Dispose();

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    /// <summary>Builds the pack; the caller disposes the stream, which removes the temp ZIP.</summary>
    private async Task<Stream> BuildAsync(CancellationToken ct)
    {
        var root = Directory.CreateDirectory(options.Value.WorkFolder).FullName;
        var work = Directory.CreateDirectory(Path.Combine(root, $"m365nis2-auditpack-{Guid.NewGuid():N}"));
        var zipPath = Path.Combine(root, $"m365nis2-auditpack-{Guid.NewGuid():N}.zip");
        try
        {
            var folder = Path.Combine(work.FullName, "pack");
            var summary = await vault.ExportAsync(folder, ct);
            var controls = new List<AuditPackPages.ControlArtefacts>();
            foreach (var control in ControlCatalogue.Current.Controls)
            {
                controls.Add(new(control, await vault.ListByControlAsync(control.Id, ct)));
            }
            var now = time.GetUtcNow();
            Directory.CreateDirectory(Path.Combine(folder, AuditPackPages.ControlsFolder));
            await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), AuditPackPages.Index(controls, summary, now), ct);
            foreach (var c in controls)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, AuditPackPages.ControlsFolder, c.Control.Id + ".html"), AuditPackPages.Control(c, now), ct);
            }
            ZipFile.CreateFromDirectory(folder, zipPath, CompressionLevel.Optimal, includeBaseDirectory: false);
            return new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        }
        catch
        {
            File.Delete(zipPath);
            throw;
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not remove the audit pack work folder {Folder}", work.FullName);
            }
        }
    }
}
