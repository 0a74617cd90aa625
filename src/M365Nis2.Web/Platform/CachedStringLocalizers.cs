using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Platform;

/// <summary>
/// Resource strings are compiled into the assembly, so a text looked up once per culture is the same for the life of the
/// process. <see cref="ResourceManager"/> takes a lock shared by every caller on each lookup; under a burst of card clicks
/// the threads spun on it (dotnet-trace, the quiz bench). This keeps what was found in a lock-free dictionary.
/// </summary>
internal sealed class CachedStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();

    public IStringLocalizer Create(Type resourceSource) =>
        byType.GetOrAdd(resourceSource, type => new CachedStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        new CachedStringLocalizer(inner.Create(baseName, location));
}

internal sealed class CachedStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> found = new();

    public LocalizedString this[string name] =>
        found.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (_, state) => state.inner[state.name], (inner, name));

    /// <summary>As <see cref="ResourceManagerStringLocalizer"/> does: the text formatted in the current culture.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}

public static class CachedStringLocalizerExtensions
{
    /// <summary><c>AddLocalization</c> with lookups cached per culture and name.</summary>
    public static IServiceCollection AddCachedLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, CachedStringLocalizerFactory>();
        return services;
    }
}
