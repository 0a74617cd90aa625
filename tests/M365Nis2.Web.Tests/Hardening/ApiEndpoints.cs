using System.Reflection;
using System.Text.Json;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// The app's routes as the endpoint data source lists them, so walking tests cover every endpoint a feature maps,
/// including ones added later, without a hand-kept list.
/// </summary>
public static class ApiEndpoints
{
    public sealed record Route(string Method, string Pattern, IReadOnlyList<string> Parameters, Type? JsonBody, bool BodyOptional)
    {
        public override string ToString() => $"{Method} {Pattern}";

        /// <summary>The path with every route parameter replaced by <paramref name="value"/> (or a per-name choice).</summary>
        public string Path(Func<string, string> value) =>
            Parameters.Aggregate(Pattern, (path, p) => System.Text.RegularExpressions.Regex.Replace(path, "\\{" + p + "(:[^}]*)?\\}", value(p)));
    }

    /// <summary>Every mapped route (HTML shell, sign-in, health and API alike).</summary>
    public static IReadOnlyList<Route> AllRoutes(TestApp app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
            {
                var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>();
                var json = accepts is not null && accepts.ContentTypes.Any(c => c.Contains("json", StringComparison.OrdinalIgnoreCase)) ? accepts.RequestType : null;
                return new Route(m, "/" + e.RoutePattern.RawText!.Trim('/'), [.. e.RoutePattern.Parameters.Select(p => p.Name)], json, accepts?.IsOptional ?? false);
            }))
            .DistinctBy(r => r.ToString())
            .OrderBy(r => r.ToString(), StringComparer.Ordinal)];

    /// <summary>The JSON API (the bot endpoint has its own rules).</summary>
    public static IReadOnlyList<Route> All(TestApp app) =>
        [.. AllRoutes(app).Where(r => r.Pattern.StartsWith("/api/", StringComparison.Ordinal) && r.Pattern != "/api/messages")];

    /// <summary>Unsafe routes that read a JSON body.</summary>
    public static IReadOnlyList<Route> JsonBodies(TestApp app) => [.. All(app).Where(r => r.JsonBody is not null && r.Method != "GET")];

    /// <summary>A body with the right shape but a wrong-typed first field, and that field's JSON name.</summary>
    public static (string Body, string Field) WrongType(Type requestType)
    {
        var value = new Dictionary<string, object> { ["nested"] = new[] { 1 } };
        if (typeof(System.Collections.IDictionary).IsAssignableFrom(requestType) || requestType.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>)))
        {
            return (JsonSerializer.Serialize(new Dictionary<string, object> { ["field"] = value }), "field");
        }
        var property = requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .First(p => p.PropertyType != typeof(JsonElement) && p.PropertyType != typeof(JsonElement?) && p.PropertyType != typeof(object));
        var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        return (JsonSerializer.Serialize(new Dictionary<string, object> { [name] = value }), name);
    }
}
