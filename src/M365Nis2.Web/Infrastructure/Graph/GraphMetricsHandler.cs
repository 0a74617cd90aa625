using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>
/// Innermost handler of every Graph client the app builds: counts each attempt (the SDK's retries included) and each
/// 429 by throttling family, so an operator sees Graph pushing back before a run fails.
/// </summary>
internal sealed class GraphMetricsHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var family = AppTelemetry.GraphFamily(request.RequestUri);
        var status = (int)response.StatusCode;
        AppTelemetry.GraphRequests.Add(1, new("family", family), new("status", status));
        if (status == 429)
            AppTelemetry.GraphThrottled.Add(1, new KeyValuePair<string, object?>("family", family));
        return response;
    }
}
