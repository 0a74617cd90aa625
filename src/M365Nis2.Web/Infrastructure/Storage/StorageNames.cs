using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>Turns logical table/container names into physical ones (with the configured prefix).</summary>
public sealed class StorageNames(IOptions<StorageOptions> options)
{
    private readonly string prefix = options.Value.Prefix;

    /// <summary>Table names: letters and digits only, so "ConversationReferences" stays as is.</summary>
    public string Table(string logicalName) => prefix + logicalName;

    /// <summary>Container names must be lower case; "artefacts" → "{prefix}artefacts".</summary>
    public string Container(string logicalName) => (prefix + logicalName).ToLowerInvariant();
}
