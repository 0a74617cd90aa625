using System.Security.Cryptography;
using System.Text;
using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>A suspected incident as reported (API body and the bot's form). Missing awareAt = now; cause and cross-border default to unknown.</summary>
public sealed record ReportInput(string? WhatHappened, DateTimeOffset? AwareAt, string? ServicesAffected, int? UsersAffected,
    bool? UsersAffectedIsEstimate, string? SuspectedCause, string? CrossBorder);

/// <summary>The CISO's classification: the two Art. 23(3) answers (yes/no/unknown), the decision and its reason.</summary>
public sealed record ClassifyInput(string? OperationalOrFinancial, string? HarmToOthers, string? Decision, string? Reason);

public sealed record SubmitInput(DateTimeOffset? SubmittedAt);

/// <summary>The authority asked for an intermediate report at <paramref name="RequestedAt"/> (default now), optionally by a date.</summary>
public sealed record IntermediateRequestInput(DateTimeOffset? RequestedAt, DateTimeOffset? DueBy);

/// <summary>Checks and parses reporting input into clear messages that name the field.</summary>
public static class IncidentInput
{
    public const int MaxWhatHappened = 4000;
    public const int MaxServices = 1000;
    public const int MaxUsersAffected = 100_000_000;

    /// <summary>A reported awareness time may be a little ahead of our clock (the reporter's clock drifts), not more.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static (IncidentReport? Report, string? Error) Validate(ReportInput input, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(input.WhatHappened))
            return (null, "'whatHappened' is required: describe what happened.");
        if (input.WhatHappened.Trim().Length > MaxWhatHappened)
            return (null, $"'whatHappened' is longer than {MaxWhatHappened} characters.");
        if ((input.ServicesAffected?.Trim().Length ?? 0) > MaxServices)
            return (null, $"'servicesAffected' is longer than {MaxServices} characters.");
        var awareAt = input.AwareAt ?? now;
        if (awareAt > now + ClockTolerance)
            return (null, "'awareAt' (when the incident was detected) is in the future.");
        if (input.UsersAffected is < 0 or > MaxUsersAffected)
            return (null, $"'usersAffected' must be a number from 0 to {MaxUsersAffected}, or left out when not known.");
        if (!TryParseEnum<SuspectedCause>(input.SuspectedCause, out var cause))
            return (null, "'suspectedCause' must be one of: unknown, malicious, unlawful, error, other.");
        if (!TryParseEnum<CrossBorderEffect>(input.CrossBorder, out var crossBorder))
            return (null, "'crossBorder' must be one of: yes, no, unknown.");
        return (new IncidentReport(input.WhatHappened.Trim(), awareAt, input.ServicesAffected?.Trim() ?? "", input.UsersAffected,
            input.UsersAffectedIsEstimate ?? input.UsersAffected is not null, cause, crossBorder), null);
    }

    public static (SignificanceAssessment? Assessment, Significance Outcome, string? Error) ValidateClassification(ClassifyInput input)
    {
        if (!TryParseRequired<Answer>(input.OperationalOrFinancial, out var first))
            return (null, default, "'operationalOrFinancial' (Art. 23(3)(a)) must be yes, no or unknown.");
        if (!TryParseRequired<Answer>(input.HarmToOthers, out var second))
            return (null, default, "'harmToOthers' (Art. 23(3)(b)) must be yes, no or unknown.");
        var decision = input.Decision?.Trim().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!TryParseRequired<Significance>(decision, out var outcome))
            return (null, default, "'decision' must be significant or not_significant.");
        return (new SignificanceAssessment(first, second), outcome, null);
    }

    /// <summary>Lower-case hex: 32 characters (a GUID, or a hash of reporter + idempotency key).</summary>
    public static string NewId(string reporterId, string? idempotencyKey)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
            return Guid.NewGuid().ToString("N");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(reporterId + "\n" + idempotencyKey.Trim()));
        return Convert.ToHexStringLower(hash)[..32];
    }

    public static bool IsWellFormedId(string? id) =>
        id is { Length: 32 } && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static bool TryParseEnum<T>(string? text, out T value) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            value = default;
            return true;
        }
        return TryParseRequired(text, out value);
    }

    private static bool TryParseRequired<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return !string.IsNullOrWhiteSpace(text) && !text.Any(char.IsDigit) && Enum.TryParse(text.Trim(), ignoreCase: true, out value);
    }
}
