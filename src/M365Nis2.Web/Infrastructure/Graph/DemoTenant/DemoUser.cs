namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>A user of the built-in demo tenant, in the shape Graph's /users returns.</summary>
public sealed record DemoUser(
    string Id,
    string DisplayName,
    string GivenName,
    string Surname,
    string UserPrincipalName,
    string JobTitle,
    string PreferredLanguage,
    bool IsGuest = false,
    bool AccountEnabled = true);
