using System.Globalization;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The counting endpoints a targeted (j) collection uses, as Graph v1.0 answers them: <c>/users/$count</c> (an advanced
/// query: refused without <c>ConsistencyLevel: eventual</c>, answered as text/plain) and the registration report's
/// summary <c>usersRegisteredByFeature(includedUserTypes=…,includedUserRoles=…)</c>.
/// </summary>
internal sealed class DemoGraphCounts(DemoDirectory directory, DemoGraphServerOptions options)
{
    private static readonly string[] Features = ["ssprRegistered", "ssprEnabled", "ssprCapable", "passwordlessCapable", "mfaCapable"];

    public async Task UsersCountAsync(HttpContext ctx)
    {
        if (!string.Equals(ctx.Request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase))
        {
            await DemoGraphApi.Error(ctx, 400, "Request_BadRequest", "$count is not currently supported.");
            return;
        }
        var q = DemoGraphQuery.Parse(ctx.Request, options, out var error);
        if (error is not null)
        {
            await DemoGraphApi.Error(ctx, 400, "Request_UnsupportedQuery", error);
            return;
        }
        var count = 0;
        foreach (var user in directory.Users)
        {
            if (q.Matches(DemoGraphJson.User(user)))
            {
                count++;
            }
        }
        ctx.Response.ContentType = "text/plain;charset=utf-8";
        await ctx.Response.WriteAsync(Math.Max(0, count - options.UsersCountLag).ToString(CultureInfo.InvariantCulture), ctx.RequestAborted);
    }

    /// <summary><c>usersRegisteredByFeature()</c> or <c>usersRegisteredByFeature(includedUserTypes='member',includedUserRoles='all')</c>.</summary>
    public Task RegisteredByFeatureAsync(HttpContext ctx, string segment)
    {
        var types = Argument(segment, "includedUserTypes") ?? "all";
        var roles = Argument(segment, "includedUserRoles") ?? "all";
        if (types is not ("all" or "member" or "guest") || roles is not ("all" or "privilegedAdmin" or "admin" or "user"))
        {
            return DemoGraphApi.Error(ctx, 400, "BadRequest", $"Invalid includedUserTypes '{types}' or includedUserRoles '{roles}'.");
        }
        var total = 0;
        var counts = new int[Features.Length];
        foreach (var user in directory.Users)
        {
            var isAdmin = DemoGraphJson.IsAdmin(user);
            if ((types == "member" && user.IsGuest) || (types == "guest" && !user.IsGuest)
                || (roles is "admin" or "privilegedAdmin" && !isAdmin) || (roles == "user" && isAdmin))
            {
                continue;
            }
            total++;
            var row = DemoGraphJson.RegistrationDetails(user);
            for (var i = 0; i < Features.Length; i++)
            {
                var key = "is" + char.ToUpperInvariant(Features[i][0]) + Features[i][1..];
                if (row.TryGetValue(key, out var v) && v is true)
                {
                    counts[i]++;
                }
            }
        }
        return DemoGraphApi.Json(ctx, new Dictionary<string, object?>
        {
            ["@odata.context"] = $"{ctx.Request.Scheme}://{ctx.Request.Host}/v1.0/$metadata#microsoft.graph.userRegistrationFeatureSummary",
            ["totalUserCount"] = total,
            ["userRegistrationFeatureCounts"] = Features.Select((f, i) => new Dictionary<string, object?> { ["feature"] = f, ["userCount"] = counts[i] }).ToList(),
            ["userRoles"] = roles,
            ["userTypes"] = types,
        });
    }

    private static string? Argument(string segment, string name)
    {
        var at = segment.IndexOf(name + "=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }
        var rest = segment[(at + name.Length + 1)..].TrimStart('\'');
        var end = rest.IndexOfAny(['\'', ',', ')']);
        return end < 0 ? rest : rest[..end];
    }
}
