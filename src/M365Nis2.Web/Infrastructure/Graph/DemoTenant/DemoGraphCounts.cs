using System.Globalization;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The counting endpoints a targeted (j) collection uses, as Graph v1.0 answers them: <c>/users/$count</c> (an advanced
/// query: refused without <c>ConsistencyLevel: eventual</c>, answered as text/plain) and the registration report's
/// summary <c>usersRegisteredByFeature(includedUserTypes=…,includedUserRoles=…)</c>; and the registration rows, where
/// a filter on the report's flags is decided from <see cref="DemoUserFacts"/> before any row is generated.
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
        var fast = q.FiltersOnlyOn(DemoUserFacts.UserKeys);
        var count = 0;
        for (var i = 0; i < directory.Users.Count; i++)
        {
            if (q.Matches(fast ? DemoUserFacts.At(directory, i).UserItem() : DemoGraphJson.User(directory.Users[i])))
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
        for (var i = 0; i < directory.Users.Count; i++)
        {
            var u = DemoUserFacts.At(directory, i);
            if ((types == "member" && u.IsGuest) || (types == "guest" && !u.IsGuest)
                || (roles is "admin" or "privilegedAdmin" && !u.IsAdmin) || (roles == "user" && u.IsAdmin))
            {
                continue;
            }
            total++;
            // ssprRegistered, ssprEnabled, ssprCapable, passwordlessCapable, mfaCapable as DemoGraphJson.RegistrationDetails sets them.
            bool[] has = [u.MfaRegistered, !u.IsGuest, u.MfaRegistered && !u.IsGuest, u.Passwordless, u.MfaRegistered];
            for (var f = 0; f < has.Length; f++)
            {
                counts[f] += has[f] ? 1 : 0;
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

    /// <summary>
    /// The registration row at an index, or null when the request's filter rules it out; rows a filter on the
    /// <see cref="DemoUserFacts.RegistrationKeys"/> excludes are never generated.
    /// </summary>
    public Func<int, Dictionary<string, object?>?> RegistrationRows(HttpRequest request)
    {
        var q = DemoGraphQuery.Parse(request, options, out var error);
        if (error is not null || !q.FiltersOnlyOn(DemoUserFacts.RegistrationKeys))
        {
            return i => DemoGraphJson.RegistrationDetails(directory.Users[i]);
        }
        return i => q.Matches(DemoUserFacts.At(directory, i).RegistrationItem()) ? DemoGraphJson.RegistrationDetails(directory.Users[i]) : null;
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
