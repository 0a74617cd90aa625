using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

/// <summary>An active supplier as the (d) rule sees it. Ended relationships are left out by the caller.</summary>
public sealed record SupplierStanding(string Id, string Name, SupplierTier Tier, DateOnly RegisteredOn, DateOnly? LastAssessedOn,
    IReadOnlyList<SupplierFinding> Findings, IReadOnlyList<SupplierCertificate> Certificates);

public enum DiscoveryDecision
{
    Pending = 0,
    /// <summary>Registered as (or linked to) a supplier.</summary>
    Registered,
    /// <summary>Dismissed by the CISO with a reason (e.g. an app we own in another tenant).</summary>
    Dismissed,
}

/// <summary>A discovered app and what the CISO decided about it.</summary>
public sealed record DiscoveredApp(RankedApp App, DiscoveryDecision Decision, string? SupplierId = null, string? Reason = null);

/// <summary>The (d) evaluation: each check with its findings, and the combined outcome with the rule that produced it.</summary>
public sealed record SupplyChainEvaluation(Outcome Overall, CodedText RuleText, IReadOnlyList<CheckResult> Checks)
{
    /// <summary>The rule in English, as the control detail has always given it.</summary>
    public string Rule => RuleText.English;
}

/// <summary>
/// Art. 21(2)(d) is Met when the register is not empty, every tier-1 supplier was assessed within 12 months and every tier-2
/// within 24, no supplier has an open High finding, and no high-privilege third-party app in the tenant is left pending
/// (registered or dismissed with a reason both count as decided). Discovery that could not run (403, missing licence)
/// makes the outcome Unknown unless something else is already NotMet: never Met on missing data.
/// Tier-3 assessments, expired certificates and missing clauses are shown but do not decide the outcome.
/// </summary>
public static class SupplyChainRule
{
    public const string ControlId = "art21.2.d";

    public static SupplyChainEvaluation Evaluate(IReadOnlyList<SupplierStanding> suppliers, Collected<IReadOnlyList<DiscoveredApp>> discovery,
        DateOnly today)
    {
        CheckResult[] checks =
        [
            SupplierChecks.Register(suppliers),
            SupplierChecks.Assessments(suppliers, today),
            SupplierChecks.Findings(suppliers),
            SupplierChecks.Certificates(suppliers, today),
            SupplierChecks.Discovery(discovery),
        ];
        if (checks.Any(c => c.Outcome == Outcome.NotMet))
        {
            var failed = string.Join(", ", checks.Where(c => c.Outcome == Outcome.NotMet).Select(c => c.Check));
            return new(Outcome.NotMet, SupplierTexts.OverallNotMet.With(failed), checks);
        }

        if (checks.Any(c => c.Outcome == Outcome.Unknown))
        {
            var unknown = string.Join(", ", checks.Where(c => c.Outcome == Outcome.Unknown).Select(c => c.Check));
            return new(Outcome.Unknown, SupplierTexts.OverallUnknown.With(unknown), checks);
        }

        return new(Outcome.Met, SupplierTexts.OverallMet.With(), checks);
    }
}
