using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Azure.Core;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Conversations;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>A credential that hands out a fixed token and counts how often it was asked.</summary>
public sealed class StaticCredential(string token) : TokenCredential
{
    public int Calls { get; private set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        Calls++;
        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}

public static class BotTestHost
{
    public const string ConnectorToken = "fake-connector-token";

    /// <summary>Replaces the outbound credential (the real one would call Entra).</summary>
    public static Action<IServiceCollection> WithConnectorToken(Action<IServiceCollection>? more = null) => services =>
    {
        services.AddSingleton(sp => new ConnectorTokenProvider(new StaticCredential(ConnectorToken), TimeProvider.System));
        more?.Invoke(services);
    };

    public static async Task<HttpResponseMessage> PostActivityAsync(this TestApp app, JsonObject activity, string? bearer = null)
    {
        using var http = app.Http();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = BotActivities.Json(activity) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await http.SendAsync(request);
    }

    public static IConversationReferenceStore References(this TestApp app) => app.Services.GetRequiredService<IConversationReferenceStore>();

    /// <summary>Gives the activity its own user and conversation, so tests sharing a host do not see each other.</summary>
    public static JsonObject Unique(this JsonObject activity, out string userId, out string conversationId)
    {
        userId = "29:user-" + Guid.NewGuid().ToString("N")[..12];
        conversationId = "a:conv-" + Guid.NewGuid().ToString("N")[..12];
        activity["from"]!["id"] = userId;
        activity["from"]!["aadObjectId"] = Guid.NewGuid().ToString();
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }
}
