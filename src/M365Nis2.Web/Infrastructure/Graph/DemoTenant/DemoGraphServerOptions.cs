namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>Shape and behaviour of a <see cref="DemoGraphServer"/>. Defaults suit the local app; benchmarks raise them.</summary>
public sealed class DemoGraphServerOptions
{
    /// <summary>Employees besides the fixed accounts (CISO, board, IT admins, break-glass, printers, guests); up to 100 000.</summary>
    public int Employees { get; set; } = 40;

    /// <summary>Every Nth employee has not registered for MFA: 8 (12.5 %) by default, 20 for a 95 % registered tenant.</summary>
    public int UnregisteredEvery { get; set; } = 8;

    /// <summary>
    /// Tests: <c>/users/$count</c> answers this many fewer than there are, as an eventually consistent count can lag
    /// behind users just created; the report's own total does not lag, so the two disagree.
    /// </summary>
    public int UsersCountLag { get; set; }

    /// <summary>Page size when the caller sends no <c>$top</c>.</summary>
    public int DefaultPageSize { get; set; } = 100;

    /// <summary>Intune managed devices; null gives about 1.2 per user.</summary>
    public int? Devices { get; set; }

    /// <summary>
    /// Simulate every documented throttle of the evidence sources besides the reports one: sign-in activity 10 / min,
    /// security 150 / min, Intune devices 2 000 / 20 s, with the audit log counted in the reports window (benchmarks).
    /// </summary>
    public bool ThrottleAll { get; set; }

    /// <summary>Largest <c>$top</c> honoured (Graph's directory maximum); bigger values are clamped.</summary>
    public int MaxPageSize { get; set; } = 999;

    /// <summary>Simulate the Entra reports throttle (<c>/reports/*</c>): over the limit in the window → 429 with Retry-After.</summary>
    public bool ThrottleReports { get; set; }

    public int ReportsRequestLimit { get; set; } = 5;

    public TimeSpan ReportsWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Clock for the throttle window (FakeTimeProvider in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Called (in the background, after the 201) when the app installed itself for a user through
    /// <c>POST /users/{id}/teamwork/installedApps</c>: what Teams would follow with the bot's installation event.
    /// </summary>
    public Func<DemoUser, Task>? AppInstalled { get; set; }

    /// <summary>
    /// Answer every installation request with Graph's 403 for a missing permission, as a tenant that did not grant
    /// TeamsAppInstallation.ReadWriteSelfForUser.All does (<c>Graph:Demo:RefuseAppInstall</c>, to see that case in the tab).
    /// </summary>
    public bool RefuseAppInstall { get; set; }

    /// <summary>Tests: installations succeed but Teams' installation event never comes (it was lost, or the app was down).</summary>
    public bool LoseInstallEvents { get; set; }

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; set; }
}
