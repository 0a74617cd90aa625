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
        builder.Services.AddSingleton<PartitionWrites>();

        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.TableEndpoint is { } endpoint
                ? new TableServiceClient(endpoint, Credential(o), Retrying(new TableClientOptions()))
                : new TableServiceClient(ConnectionString(sp), Retrying(new TableClientOptions()));
        });
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return o.BlobEndpoint is { } endpoint
                ? new BlobServiceClient(endpoint, Credential(o), Retrying(new BlobClientOptions()))
                : new BlobServiceClient(ConnectionString(sp), Retrying(new BlobClientOptions()));
        });
        return builder;
    }

    /// <summary>
    /// Bounded retries: the SDK default (100 s network timeout, delays up to a minute) kept a job inside one storage call
    /// for half a minute when storage had gone away, and shutdown waited for it. Every call also takes the caller's
    /// token, so a stopping host cancels the wait between retries at once.
    /// </summary>
    private static T Retrying<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return options;
    }

    private static string ConnectionString(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) ?? DevelopmentStorage;

    private static TokenCredential Credential(StorageOptions o) =>
        string.IsNullOrEmpty(o.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));
}
