using System.Net;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>Why a Graph call failed, in the terms an evaluation reports ("Unknown: permission missing").</summary>
public enum GraphFailureKind
{
    Other,
    PermissionMissing,
    LicenceMissing,
    NotFound,
    Throttled,
    Unavailable,
}

/// <summary>
/// Classifies the SDK's <see cref="ODataError"/>. The SDK already retried 429/503/504 honouring Retry-After, so a
/// throttled/unavailable error here means the retries ran out.
/// </summary>
public static class GraphFailure
{
    public static GraphFailureKind Classify(ODataError error) => (error.ResponseStatusCode, error.Error?.Code) switch
    {
        (403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant") => GraphFailureKind.LicenceMissing,
        (403, _) when MentionsLicence(error.Error?.Message) => GraphFailureKind.LicenceMissing,
        (403, _) or (401, _) => GraphFailureKind.PermissionMissing,
        (404, _) => GraphFailureKind.NotFound,
        ((int)HttpStatusCode.TooManyRequests, _) => GraphFailureKind.Throttled,
        (503, _) or (504, _) => GraphFailureKind.Unavailable,
        _ => GraphFailureKind.Other,
    };

    /// <summary>Services other than the Entra reports say "not licensed" only in the message of a 403.</summary>
    private static bool MentionsLicence(string? message) =>
        message is not null && (message.Contains("licens", StringComparison.OrdinalIgnoreCase) || message.Contains("licenc", StringComparison.OrdinalIgnoreCase));

    /// <summary>A sentence for logs and evidence: what failed and what to do about it.</summary>
    public static string Describe(ODataError error) => Classify(error) switch
    {
        GraphFailureKind.LicenceMissing when error.Error?.Code == "Authentication_RequestFromNonPremiumTenantOrB2CTenant" =>
            $"Graph refused for lack of a licence ({error.Error?.Code}): the reports need Microsoft Entra ID P1 or P2.",
        GraphFailureKind.LicenceMissing => $"Graph refused for lack of a licence ({error.Error?.Code}): {error.Error?.Message}",
        GraphFailureKind.PermissionMissing => $"Graph refused for lack of permission ({error.Error?.Code}): grant the application permission listed in docs/graph-permissions.md and admin-consent it.",
        GraphFailureKind.Throttled => "Graph kept throttling (429) after the SDK's retries.",
        GraphFailureKind.Unavailable => $"Graph was unavailable ({error.ResponseStatusCode}) after the SDK's retries.",
        GraphFailureKind.NotFound => $"Graph found no such object ({error.Error?.Code}).",
        _ => $"Graph failed with {error.ResponseStatusCode} {error.Error?.Code}: {error.Error?.Message}",
    };
}
