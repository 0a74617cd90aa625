using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Teams.Auth;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Teams;

/// <summary>POST /api/messages: authenticate, parse, route. Refused requests do no work at all.</summary>
public static class BotEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, BotRequestAuthenticator authenticator, ActivityRouter router,
        IOptions<BotOptions> options, ILoggerFactory loggers, CancellationToken ct)
    {
        var logger = loggers.CreateLogger(typeof(BotEndpoint).FullName!);
        var outcome = await authenticator.AuthenticateAsync(request, ct);
        if (!outcome.Allowed)
        {
            return Refuse(logger, outcome);
        }
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, BotJson.Options, ct);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Bot request refused (400): body is not a JSON activity ({Error})", ex.Message);
            return TypedResults.BadRequest(new { error = "Body is not a JSON activity." });
        }
        if (activity?.Type is null || activity.Conversation?.Id is null || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            logger.LogWarning("Bot request refused (400): activity lacks type, conversation.id or an absolute serviceUrl");
            return TypedResults.BadRequest(new { error = "Activity needs type, conversation.id and an absolute serviceUrl." });
        }
        outcome = outcome.CheckActivity(activity).CheckTrust(activity, options.Value);
        if (!outcome.Allowed)
        {
            return Refuse(logger, outcome);
        }
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation.Id,
            ["ActivityType"] = activity.Type,
            ["ActivityName"] = activity.Name,
            ["CorrelationVector"] = request.Headers["MS-CV"].FirstOrDefault(),
        });
        // One span per activity, parent of everything the turn does (storage, Graph, connector calls); sends made during
        // the turn are interactive and go first in the outbound budget.
        var invoke = activity.Type == ActivityTypes.Invoke;
        using var span = TeamsTelemetry.Source.StartActivity(invoke ? $"bot.invoke {activity.Name}" : $"bot.activity {activity.Type}");
        span?.SetTag("m365nis2.activity.type", activity.Type);
        span?.SetTag("m365nis2.activity.name", activity.Name);
        TeamsTelemetry.Activities.Add(1, new("type", activity.Type), new("name", activity.Name));
        using var priority = Connector.OutboundPriority.Use(Connector.SendPriority.Interactive);
        var result = await router.RouteAsync(activity, ct);
        span?.SetTag("http.response.status_code", result.StatusCode);
        return result.Body is { } body
            ? TypedResults.Json(body, BotJson.Options, statusCode: result.StatusCode)
            : TypedResults.StatusCode(result.StatusCode);
    }

    private static StatusCodeHttpResult Refuse(ILogger logger, BotAuthOutcome outcome)
    {
        logger.LogWarning("Bot request refused ({Status}): {Reason}", outcome.StatusCode, outcome.Reason);
        return TypedResults.StatusCode(outcome.StatusCode);
    }
}
