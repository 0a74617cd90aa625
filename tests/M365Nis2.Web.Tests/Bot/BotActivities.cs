using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>Teams-shaped inbound activities (personal chat unless said otherwise).</summary>
public static class BotActivities
{
    public const string UserId = "29:1a2b3c-mette";
    public const string UserAadObjectId = "9d1e2f3a-4b5c-4d6e-8f70-112233445566";
    public const string BotId = "28:" + FakeBotIssuer.AppId;
    public const string PersonalConversationId = "a:1personal-mette-conversation";

    public static JsonObject Message(Uri serviceUrl, string text, string locale = "en-US") => Base("message", serviceUrl, locale, text);

    public static JsonObject Install(Uri serviceUrl, string locale = "en-US")
    {
        var activity = Base("installationUpdate", serviceUrl, locale);
        activity["action"] = "add";
        return activity;
    }

    public static JsonObject Uninstall(Uri serviceUrl)
    {
        var activity = Base("installationUpdate", serviceUrl, "en-US");
        activity["action"] = "remove";
        return activity;
    }

    public static JsonObject Execute(Uri serviceUrl, string verb, JsonObject? data = null, string locale = "en-US")
    {
        var activity = Base("invoke", serviceUrl, locale);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1:card-message";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "act1", ["verb"] = verb, ["data"] = data ?? [] },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonContent Json(JsonObject activity) => JsonContent.Create(activity);

    private static JsonObject Base(string type, Uri serviceUrl, string locale, string? text = null) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-03-02T09:15:00.000Z",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Mette Holm", ["aadObjectId"] = UserAadObjectId },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversationId, ["conversationType"] = "personal", ["tenantId"] = FakeBotIssuer.TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "M365Nis2" },
        ["text"] = text,
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeBotIssuer.TenantId } },
    };
}
