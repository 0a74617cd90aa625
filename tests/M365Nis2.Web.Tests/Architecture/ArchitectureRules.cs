using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Fluent.Conditions;
using ArchUnitNET.Fluent.Slices;
using M365Nis2.Web.Features;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace M365Nis2.Web.Tests.Architecture;

/// <summary>
/// The architecture rules of docs/architecture.md. Each is a function of namespace roots, so the very same function
/// checks the product (ArchitectureTests) and a fixture that breaks it on purpose (ArchitectureFixtures).
/// </summary>
public static class ArchitectureRules
{
    /// <summary>The BCL: the assemblies of the running Microsoft.NETCore.App (System.*, mscorlib, netstandard), nothing from NuGet or ASP.NET Core.</summary>
    private static readonly HashSet<string> BclAssemblies =
        [.. Directory.GetFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll").Select(f => Path.GetFileNameWithoutExtension(f)), "mscorlib", "netstandard"];

    /// <summary>Domain types depend only on the BCL and on other types of the domain.</summary>
    public static IArchRule DomainUsesOnlyTheBcl(string domain) =>
        TypesUnder(domain).Should()
            .FollowCustomCondition(t => Allowed(t, d => IsUnder(d, domain) || IsBcl(d)), "depend only on the BCL and the domain itself")
            .Because("Domain holds the pure rules: no I/O, no framework, tested without a host");

    /// <summary>Types under <paramref name="layer"/> depend on no type under any of <paramref name="forbidden"/>.</summary>
    public static IArchRule DependsOnNoneOf(string layer, params string[] forbidden) =>
        TypesUnder(layer).Should()
            .FollowCustomCondition(t => Allowed(t, d => !forbidden.Any(f => IsUnder(d, f))), "not depend on " + string.Join(", ", forbidden));

    /// <summary>
    /// A feature is a namespace <c>{features}.{Name}</c>. A feature's types may use another feature's types only where
    /// that type (or the type it is nested in) carries <see cref="FeatureContractAttribute"/>.
    /// </summary>
    public static IArchRule FeaturesUseOnlyContractsOfOtherFeatures(string features) =>
        TypesUnder(features).Should()
            .FollowCustomCondition(t => Allowed(t, d => FeatureOf(d, features) is not { } other || other == FeatureOf(t, features) || IsContract(d)),
                "use other features only through their [FeatureContract] types");

    /// <summary>The feature <paramref name="feature"/> depends on no other feature at all (not even on contracts).</summary>
    public static IArchRule FeatureDependsOnNoOtherFeature(string features, string feature) =>
        TypesUnder(features + "." + feature).Should()
            .FollowCustomCondition(t => Allowed(t, d => FeatureOf(d, features) is not { } other || other == feature), "depend on no other feature");

    /// <summary>No two features depend on each other, directly or around a longer loop.</summary>
    public static IArchRule FeaturesAreFreeOfCycles(string features) =>
        SliceRuleDefinition.Slices().Matching(features + ".(*)..").Should().BeFreeOfCycles();

    private static ArchUnitNET.Fluent.Syntax.Elements.Types.GivenTypesConjunction TypesUnder(string ns) =>
        Types().That().ResideInNamespaceMatching("^" + Regex.Escape(ns) + @"(\..+)?$");

    private static ConditionResult Allowed(IType type, Func<IType, bool> allowed)
    {
        var offending = type.Dependencies.Select(d => d.Target)
            .Where(t => !t.IsGenericParameter && !allowed(t))
            .Select(t => t.FullName).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ConditionResult(type, offending.Count == 0, "depends on " + string.Join(", ", offending));
    }

    private static bool IsUnder(IType type, string ns) =>
        type.Namespace.FullName == ns || type.Namespace.FullName.StartsWith(ns + ".", StringComparison.Ordinal);

    private static bool IsBcl(IType type) => BclAssemblies.Contains(new AssemblyName(type.Assembly.FullName).Name!);

    /// <summary>The first namespace segment below <paramref name="features"/>; null outside it (or directly in it).</summary>
    private static string? FeatureOf(IType type, string features) =>
        type.Namespace.FullName.StartsWith(features + ".", StringComparison.Ordinal)
            ? type.Namespace.FullName[(features.Length + 1)..].Split('.')[0]
            : null;

    private static bool IsContract(IType type)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.FullName == type.Assembly.FullName);
        for (var t = assembly?.GetType(type.FullName); t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(FeatureContractAttribute), inherit: false))
            {
                return true;
            }
        }
        return false;
    }
}
