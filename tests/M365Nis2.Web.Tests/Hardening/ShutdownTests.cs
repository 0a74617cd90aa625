using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// SIGTERM ends the host within 5 s whether storage is up or went away first (background jobs stop on the stopping
/// token even inside storage retries). The jobs are made busy: short intervals, collection due at once.
/// </summary>
public sealed class ShutdownTests
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, string?> BusyJobs = new()
    {
        ["Evidence:FirstRunDelay"] = "00:00:00",
        ["Training:DailyJobFirstRunDelay"] = "00:00:00",
        ["Approvals:CheckInterval"] = "00:00:01",
        ["Awareness:PollInterval"] = "00:00:01",
        ["Incidents:ReminderInterval"] = "00:00:01",
    };

    [Fact]
    public async Task Sigterm_exits_within_five_seconds_while_storage_is_up()
    {
        using var storage = AzuriteServer.StartPrivate();
        using var app = await AppProcess.StartAsync(storage.ConnectionString, BusyJobs);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var took = await app.TerminateAsync(TimeSpan.FromSeconds(40));

        Assert.True(took <= Target, $"took {took.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task Sigterm_exits_within_five_seconds_after_storage_went_away()
    {
        var storage = AzuriteServer.StartPrivate();
        using var app = await AppProcess.StartAsync(storage.ConnectionString, BusyJobs);
        await Task.Delay(TimeSpan.FromSeconds(2));
        storage.Dispose(); // storage goes first, as when run.sh stopped Azurite before the app
        await Task.Delay(TimeSpan.FromSeconds(3)); // the jobs are now inside storage retries

        var took = await app.TerminateAsync(TimeSpan.FromSeconds(40));

        Assert.True(took <= Target, $"took {took.TotalSeconds:0.0} s");
    }
}
