using Microsoft.AspNetCore.Http;
using M365Nis2.Web.Features;

// Deliberate violations, one small namespace tree per rule, checked by the same rule functions as the product
// (ArchitectureTests). Nothing here is used at run time. Each tree also has a type that keeps the rule, so a test can
// show the rule reports exactly the violation and nothing else.

namespace M365Nis2.Web.Tests.Architecture.Fixtures
{
    public static class ArchitectureFixtures
    {
        public const string Root = "M365Nis2.Web.Tests.Architecture.Fixtures";
    }
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.ImpureDomain.Domain
{
    /// <summary>Keeps the rule: BCL only.</summary>
    public sealed record PureRule(IReadOnlyList<DateOnly> Dates);

    /// <summary>Breaks it: a domain rule that takes an ASP.NET Core request.</summary>
    public sealed record ImpureRule(HttpContext Context);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.LeakyProtocol.Host.Features.Evidence
{
    public sealed record EvidenceCard(string Title);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.LeakyProtocol.Teams
{
    /// <summary>Keeps the rule.</summary>
    public sealed record Activity(string Type);

    /// <summary>Breaks it: the protocol library knows a feature's card.</summary>
    public sealed record CardSender(Activity Activity, Host.Features.Evidence.EvidenceCard Card);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.FeatureInternals.Features.Beta
{
    [FeatureContract]
    public interface IBetaContract
    {
        int Count { get; }
    }

    /// <summary>Beta's own business, public only because DI needs it.</summary>
    public sealed class BetaStore
    {
        public int Rows { get; set; }
    }
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.FeatureInternals.Features.Alpha
{
    /// <summary>Keeps the rule: uses Beta through its contract.</summary>
    public sealed record AlphaReport(Beta.IBetaContract Beta);

    /// <summary>Breaks it: reaches into Beta's store.</summary>
    public sealed record AlphaService(Beta.IBetaContract Beta, Beta.BetaStore Store);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.InfrastructureToFeature.Features.Evidence
{
    [FeatureContract]
    public sealed record EvidenceRun(string Id);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.InfrastructureToFeature.Infrastructure.Storage
{
    /// <summary>Keeps the rule.</summary>
    public sealed record StorageNames(string Prefix);

    /// <summary>Breaks it: infrastructure that knows a feature (even its contract).</summary>
    public sealed record RunTable(StorageNames Names, Features.Evidence.EvidenceRun Run);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.ControlsUsesFeature.Features.Evidence
{
    [FeatureContract]
    public sealed record MfaStatus(string Status);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.ControlsUsesFeature.Features.Controls
{
    [FeatureContract]
    public interface IControlStatusProvider
    {
        string Status { get; }
    }

    /// <summary>Breaks it: Controls asking a feature directly instead of its providers.</summary>
    public sealed record ControlsOverview(IControlStatusProvider Providers, Evidence.MfaStatus Mfa);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.FeatureCycle.Features.Tab
{
    /// <summary>Breaks it together with PackBuilder: Tab → AuditPack → Tab, although both use only contracts.</summary>
    [FeatureContract]
    public sealed record TabCatalogue(IReadOnlyList<string> Ids, AuditPack.PackBuilder? Pack);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.FeatureCycle.Features.AuditPack
{
    [FeatureContract]
    public sealed record PackBuilder(Tab.TabCatalogue Catalogue);
}

namespace M365Nis2.Web.Tests.Architecture.Fixtures.FeatureCycle.Features.Vault
{
    /// <summary>Keeps the rule: depends on no feature.</summary>
    [FeatureContract]
    public sealed record Artefact(string Id);
}
