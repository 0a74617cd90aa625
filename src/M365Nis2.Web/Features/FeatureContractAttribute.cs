namespace M365Nis2.Web.Features;

/// <summary>
/// Marks a type as part of its feature's public contract: the only types of <c>Features/&lt;Name&gt;</c> that another
/// feature may use. Everything else in a feature is its own business, even when C# lets it be <c>public</c> (endpoints,
/// handlers and DI need that). The architecture tests (tests/…/Architecture) enforce it; docs/architecture.md explains why.
/// Keep contracts small: an interface or a record, a registration method, a constant — not a store or a service class.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Delegate,
    Inherited = false)]
public sealed class FeatureContractAttribute : Attribute;
