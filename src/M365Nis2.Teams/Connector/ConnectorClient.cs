using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace M365Nis2.Teams.Connector;

/// <summary>
/// Outbound Bot Connector REST calls (v3), with the token and the retry rules Teams asks for. This is the one place
/// that would become the SDK's ConnectorClient if the Bot SDK becomes available, and the one send path of the app:
/// every attempt first waits for the <see cref="OutboundBudget"/> at the ambient <see cref="OutboundPriority"/>.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpFactory, ConnectorTokenProvider tokens, ConnectorRetryPolicy retry, OutboundBudget budget,
    IOptions<BotOptions> options,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "BotConnector";

    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>("send", conversationId, HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities"), activity, ct);

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken ct)
    {
        activity.ReplyToId ??= replyToId;
        return SendAsync<ResourceResponse>("reply", conversationId, HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(replyToId)}"), activity, ct);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct)
    {
        activity.Id ??= activityId;
        return SendAsync<ResourceResponse>("update", conversationId, HttpMethod.Put, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}"), activity, ct);
    }

    public Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<ResourceResponse>("delete", conversationId, HttpMethod.Delete, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}"), null, ct);

    /// <summary>
    /// Creates (or finds) the 1:1 chat between the bot and a user. The user id goes in members[].id: a "29:" id or the
    /// Entra object id (aadObjectId there gives 400). Works only where the app is installed for that user.
    /// </summary>
    public Task<ConversationResourceResponse> CreatePersonalConversationAsync(Uri serviceUrl, string botId, string userId, string tenantId, CancellationToken ct)
    {
        var body = new
        {
            bot = new { id = botId },
            members = new[] { new { id = userId } },
            channelData = new { tenant = new { id = tenantId } },
            tenantId,
            isGroup = false,
        };
        return SendAsync<ConversationResourceResponse>("create", null, HttpMethod.Post, Url(serviceUrl, "v3/conversations"), body, ct);
    }

    public Task<PagedMembersResult> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken ct)
    {
        var query = $"?pageSize={pageSize}" + (continuationToken is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        return SendAsync<PagedMembersResult>("members", null, HttpMethod.Get, Url(serviceUrl, $"v3/conversations/{Esc(conversationId)}/pagedmembers{query}"), null, ct);
    }

    /// <param name="conversationId">The conversation whose per-thread limits the call counts against; null when none apply.</param>
    private async Task<T> SendAsync<T>(string operation, string? conversationId, HttpMethod method, Uri url, object? body, CancellationToken ct)
    {
        // The token goes only to connector hosts the bot trusts, whatever serviceUrl an activity or a stored reference names.
        if (!options.Value.IsTrustedServiceUrl(url))
        {
            throw new ConnectorException(StatusCodes.Status403Forbidden, "UntrustedServiceUrl", null,
                $"Connector host '{url.Host}' is not trusted (Bot:AdditionalServiceUrlHosts); nothing was sent.");
        }
        var http = httpFactory.CreateClient(HttpClientName);
        var priority = OutboundPriority.Current;
        var priorityTag = TeamsTelemetry.Tag(priority);
        using var span = TeamsTelemetry.Source.StartActivity($"teams.send {operation}", System.Diagnostics.ActivityKind.Client);
        span?.SetTag("m365nis2.send.priority", priorityTag);
        for (var attempt = 1; ; attempt++)
        {
            var slot = await budget.AcquireAsync(conversationId, priority, ct);
            TeamsTelemetry.BudgetWait.Record(slot.Waited.TotalMilliseconds, new KeyValuePair<string, object?>("priority", priorityTag));
            span?.SetTag("m365nis2.send.wait_ms", slot.Waited.TotalMilliseconds);
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: BotJson.Options);
            }
            HttpResponseMessage response;
            try
            {
                if (await tokens.GetTokenAsync(ct) is { } token)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException ex) when (attempt < retry.MaxAttempts)
            {
                slot.Dispose();
                logger.LogWarning(ex, "Connector {Method} {Path} failed on attempt {Attempt}; retrying", method, url.AbsolutePath, attempt);
                await retry.DelayAsync(attempt, null, ct);
                continue;
            }
            finally
            {
                // The call has answered or failed: from now its slot counts one more second (Teams counted it on arrival).
                slot.Dispose();
            }
            using (response)
            {
                var statusCode = (int)response.StatusCode;
                TeamsTelemetry.Sends.Add(1, new("operation", operation), new("priority", priorityTag), new("status", statusCode));
                span?.SetTag("http.response.status_code", statusCode);
                if (statusCode == 429)
                {
                    TeamsTelemetry.Throttled.Add(1, new("operation", operation), new("priority", priorityTag));
                    budget.Throttled(retry.DelayFor(attempt, response.Headers.RetryAfter));
                }
                if (response.IsSuccessStatusCode)
                {
                    return await ReadAsync<T>(response, ct);
                }
                var text = await response.Content.ReadAsStringAsync(ct);
                var (code, subCode, message) = ConnectorException.ParseError(text);
                var status = (int)response.StatusCode;
                if (status == 403 && subCode == UserOptedOutException.SubCodeValue)
                {
                    throw new UserOptedOutException(code, message ?? "The user blocked or uninstalled the bot.");
                }
                if (ConnectorRetryPolicy.IsRetryable(status) && attempt < retry.MaxAttempts)
                {
                    logger.LogWarning("Connector {Method} {Path} answered {Status} on attempt {Attempt}; retrying", method, url.AbsolutePath, status, attempt);
                    await retry.DelayAsync(attempt, response.Headers.RetryAfter, ct);
                    continue;
                }
                throw new ConnectorException(status, code, subCode, $"Connector {method} {url.AbsolutePath} failed with {status} {code}: {message}");
            }
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        // Delete and some mocks answer with an empty body.
        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return System.Text.Json.JsonSerializer.Deserialize<T>("{}", BotJson.Options)!;
        }
        return System.Text.Json.JsonSerializer.Deserialize<T>(text, BotJson.Options)!;
    }

    private static Uri Url(Uri serviceUrl, string path) => new(serviceUrl.ToString().TrimEnd('/') + "/" + path);

    private static string Esc(string id) => Uri.EscapeDataString(id);
}
