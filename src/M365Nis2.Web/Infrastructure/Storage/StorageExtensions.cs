using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Storage;

public static class StorageExtensions
{
    public const string ConnectionStringName = "Storage";
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>Registers TableServiceClient and BlobServiceClient; same code against Azurite and Azure Storage.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => (o.BlobEndpoint is null) == (o.TableEndpoint is null),
                "Storage:BlobEndpoint and Storage:TableEndpoint must be set together (managed identity) or both left empty (connection string).")
            .ValidateOnStart();
        builder.Services.AddSingleton<StorageNames>();
        builder.Services.AddSingleton<JobLease>();

        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.TableEndpoint is { } endpoint
                ? new TableServiceClient(endpoint, Credential(o))
                : new TableServiceClient(ConnectionString(sp));
        });
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.BlobEndpoint is { } endpoint
                ? new BlobServiceClient(endpoint, Credential(o))
                : new BlobServiceClient(ConnectionString(sp));
        });
        return builder;
    }

    private static string ConnectionString(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) ?? DevelopmentStorage;

    private static TokenCredential Credential(StorageOptions o) =>
        string.IsNullOrEmpty(o.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
}
