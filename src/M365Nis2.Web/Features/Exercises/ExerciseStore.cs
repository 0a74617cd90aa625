using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Exercises;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Exercises;

/// <summary>One recorded exercise ("Exercises", one partition: a handful a year). The exercise itself is JSON; it never changes.</summary>
public sealed class ExerciseRow : ITableEntity
{
    public const string Partition = "exercise";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Json { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public string? RecordedByName { get; set; }
    /// <summary>The signed record in the vault; null until signed (a crash between insert and signing is finished on retry).</summary>
    public string? ArtefactId { get; set; }

    public Exercise ToExercise() => JsonSerializer.Deserialize<Exercise>(Json, ExerciseStore.JsonOptions)!;
}

public sealed class ExerciseStore(TableServiceClient tables, StorageNames names)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "Exercises", ct);

    /// <summary>Conditional insert: false when an exercise with this id (same idempotency key) exists already.</summary>
    public async Task<bool> TryAddAsync(ExerciseRow row, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).AddEntityAsync(row, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<ExerciseRow?> FindAsync(string id, CancellationToken ct)
    {
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }
        var found = await (await TableAsync(ct)).GetEntityIfExistsAsync<ExerciseRow>(ExerciseRow.Partition, id, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<ExerciseRow>> ListAsync(CancellationToken ct)
    {
        var list = new List<ExerciseRow>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<ExerciseRow>(TableClient.CreateQueryFilter($"PartitionKey eq {ExerciseRow.Partition}"),
            cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>Links the signed record; losing a race to another instance is fine (the vault gave both the same id).</summary>
    public async Task SetArtefactAsync(ExerciseRow row, string artefactId, CancellationToken ct)
    {
        row.ArtefactId = artefactId;
        try
        {
            await (await TableAsync(ct)).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
        }
    }
}
