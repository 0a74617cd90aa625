using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Vault;

/// <summary>A TestApp with its own temporary signing folder, plus raw storage clients for tampering.</summary>
public sealed class VaultTestApp : IDisposable
{
    public const string Ciso = "mette.holm@nordlysenergi.onmicrosoft.com";
    public const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    public const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";

    public VaultTestApp(string? signingFolder = null)
    {
        SigningFolder = signingFolder ?? Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;
        App = new TestApp(new Dictionary<string, string?> { ["Signing:LocalFolder"] = SigningFolder });
    }

    public TestApp App { get; }

    public string SigningFolder { get; }

    public IEvidenceVault Vault => App.Services.GetRequiredService<IEvidenceVault>();

    public BlobContainerClient Container =>
        new BlobServiceClient(AzuriteServer.Shared.ConnectionString).GetBlobContainerClient(App.StoragePrefix + ArtefactBlobStore.ContainerName);

    public TableClient LedgerTable =>
        new TableServiceClient(AzuriteServer.Shared.ConnectionString).GetTableClient(App.StoragePrefix + LedgerStore.TableName);

    public Task<ArtefactReceipt> PutTextAsync(string text, string kind = "evidence.test", params string[] controls) =>
        Vault.PutAsync(Encoding.UTF8.GetBytes(text), "application/json", kind, controls, new Dictionary<string, string> { ["source"] = "test" }, "oid:test");

    public async Task<int> CountBlobsAsync()
    {
        var count = 0;
        await foreach (var _ in Container.GetBlobsAsync())
        {
            count++;
        }
        return count;
    }

    public void Dispose() => App.Dispose();
}
