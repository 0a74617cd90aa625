using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Platform;

/// <summary>
/// Every id in a route (<c>{id}</c>, <c>{stage}</c>, whatever a feature adds later) ends up in a storage key or a
/// lookup, so each route value is checked once here: a value storage would refuse gets a 400 naming the parameter
/// before any handler runs, instead of a 500 from deep inside a store.
/// </summary>
public sealed class RouteValueGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var skip = context.GetEndpoint()?.Metadata.GetMetadata<ClientPathRoute>() is not null;
        foreach (var (name, value) in skip ? [] : context.Request.RouteValues)
        {
            if (value is string text && !TableKeys.IsValid(text))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await Results.Problem(TableKeys.Problem(name), statusCode: StatusCodes.Status400BadRequest, title: "Malformed id",
                    extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [name] = [TableKeys.Problem(name)] } })
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }
}

/// <summary>
/// Endpoint metadata for routes whose values are client-side paths that no handler reads (the tab shell's catch-all):
/// they contain '/', so the storage-key check would refuse every page the tab router knows.
/// </summary>
public sealed record ClientPathRoute;
