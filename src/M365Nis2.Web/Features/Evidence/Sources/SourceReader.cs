using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// A source's window on Graph for one run: the paced client, the run's clock, and the proof it builds — every request
/// with its status and, for small collections, Graph's JSON as read. Streamed collections keep a SHA-256 digest of the
/// rows instead (a 20 000-device tenant would otherwise put megabytes into every artefact).
/// </summary>
public sealed class SourceReader(GraphServiceClient graph, DateTimeOffset now, ILogger logger)
{
    public GraphServiceClient Graph => graph;

    public DateTimeOffset Now => now;

    /// <summary>Per request name: request, status, detail, and the JSON or the digest.</summary>
    public JsonObject Proof { get; } = [];

    /// <summary>Per request name, the status as read (the proof holds its English words; this keeps it for other languages).</summary>
    public Dictionary<string, CollectionStatus> Statuses { get; } = [];

    /// <summary>Reads every page of a small collection, keeps its JSON as proof and maps the items to rule records.</summary>
    internal async Task<Collected<IReadOnlyList<TOut>>> ListAsync<TPage, TItem, TOut>(GraphFailureSource source, string request,
        Func<Task<TPage?>> first, Func<string, Task<TPage?>> next, Func<TPage, List<TItem>?> items, Func<TItem, TOut> map, CancellationToken ct)
        where TPage : BaseCollectionPaginationCountResponse
        where TItem : IParsable
        where TOut : class
    {
        var read = new List<TItem>();
        var status = await PageAsync(source, first, next, page => read.AddRange(items(page) ?? []), ct);
        if (!status.IsOk)
        {
            Record(source.Name, request, status, null);
            return Collected.NotCollected<IReadOnlyList<TOut>>(status);
        }
        Record(source.Name, request, status, JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(read, serializeOnlyChangedValues: false, ct)));
        return Collected.Ok<IReadOnlyList<TOut>>([.. read.Select(map)]);
    }

    /// <summary>Reads one entity, keeps its JSON as proof and maps it.</summary>
    internal async Task<Collected<TOut>> GetAsync<TItem, TOut>(GraphFailureSource source, string request, Func<Task<TItem?>> get, Func<TItem, TOut> map, CancellationToken ct)
        where TItem : class, IParsable
        where TOut : class
    {
        try
        {
            var item = await get() ?? throw new InvalidOperationException("Graph returned an empty body.");
            Record(source.Name, request, CollectionStatus.Ok, JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(item, serializeOnlyChangedValues: false, ct)));
            return Collected.Ok(map(item));
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var status = Fail(source, e);
            Record(source.Name, request, status, null);
            return Collected.NotCollected<TOut>(status);
        }
    }

    /// <summary>
    /// Streams a large collection page by page into <paramref name="each"/> without keeping the pages; the proof holds
    /// pages, rows and a SHA-256 over <paramref name="digestLine"/> of every row in Graph's order.
    /// </summary>
    internal async Task<CollectionStatus> StreamAsync<TPage, TItem>(GraphFailureSource source, string request,
        Func<Task<TPage?>> first, Func<string, Task<TPage?>> next, Func<TPage, List<TItem>?> items, Action<TItem> each, Func<TItem, string> digestLine, CancellationToken ct)
        where TPage : BaseCollectionPaginationCountResponse
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        int pages = 0, rows = 0;
        var status = await PageAsync(source, first, next, page =>
        {
            pages++;
            foreach (var item in items(page) ?? [])
            {
                rows++;
                each(item);
                hash.AppendData(Encoding.UTF8.GetBytes(digestLine(item) + "\n"));
            }
        }, ct);
        Record(source.Name, request, status, new JsonObject
        {
            ["pages"] = pages,
            ["rows"] = rows,
            ["sha256"] = Convert.ToHexStringLower(hash.GetHashAndReset()),
        });
        return status;
    }

    private async Task<CollectionStatus> PageAsync<TPage>(GraphFailureSource source, Func<Task<TPage?>> first, Func<string, Task<TPage?>> next,
        Action<TPage> onPage, CancellationToken ct)
        where TPage : BaseCollectionPaginationCountResponse
    {
        try
        {
            var page = await first();
            while (page is not null)
            {
                onPage(page);
                page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await next(page.OdataNextLink);
            }
            return CollectionStatus.Ok;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return Fail(source, e);
        }
    }

    private CollectionStatus Fail(GraphFailureSource source, Exception e)
    {
        var status = GraphMfaMapping.Status(source, e);
        logger.LogWarning("Evidence: {Source} not collected: {Status}", source.Name, status.Describe());
        return status;
    }

    private void Record(string name, string request, CollectionStatus status, JsonNode? json)
    {
        Statuses[name] = status;
        Proof[name] = new JsonObject
        {
            ["request"] = request,
            ["status"] = status.Kind.ToString(),
            ["detail"] = status.IsOk ? null : status.Describe(),
            ["json"] = json,
        };
    }
}
