namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// What may be used as a Table storage PartitionKey/RowKey: Azure refuses '/', '\', '#', '?' and control characters
/// (with a 400 the caller would see as a 500). Ids from routes, bodies and card data are checked with this at the edge
/// (<see cref="Platform.RouteValueGuard"/> for every route value), and stores treat an invalid id as "not found".
/// </summary>
public static class TableKeys
{
    public const int MaxLength = 256;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    public static string Problem(string name) =>
        $"'{name}' must be 1-{MaxLength} characters without '/', '\\', '#', '?' or control characters.";
}
