using System.Diagnostics;

namespace CampaignThroughput;

/// <summary>
/// CPU time the app and its storage spent (from --app-pid and --storage-pid; Linux reads /proc). On a shared 2-core
/// machine wall time says little on its own; CPU per prompt or per submit says what the work costs, and so the best
/// rate or latency these cores could give it.
/// </summary>
internal sealed class Cpu(int? appPid, int? storagePid)
{
    public bool Known => appPid is not null && storagePid is not null;

    public (double App, double Storage, double Client) Now() => (Seconds(appPid), Seconds(storagePid), Seconds(Environment.ProcessId));

    private static double Seconds(int? pid)
    {
        if (pid is not { } id)
        {
            return double.NaN;
        }
        using var process = Process.GetProcessById(id);
        return process.TotalProcessorTime.TotalSeconds;
    }
}

/// <summary>
/// CPU seconds spent by the app and its storage between two readings, and by this bench (the client, which shares the
/// cores here but would not in Teams).
/// </summary>
internal sealed record CpuSpent(double App, double Storage, double Client)
{
    public static CpuSpent Between((double App, double Storage, double Client) from, (double App, double Storage, double Client) to) =>
        new(to.App - from.App, to.Storage - from.Storage, to.Client - from.Client);

    public double Total => App + Storage;
}
