using System.Security.Cryptography;
using System.Text;
using M365Nis2.Domain.Evidence.Mfa;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Which way <c>Evidence:RegistrationScan</c> reads the registration report.</summary>
public enum RegistrationScanMode
{
    /// <summary>Totals, admins and only the unregistered rows; the full scan when Graph refuses a filter or the numbers disagree.</summary>
    Targeted,

    /// <summary>Every row of the report (one request per 999 users).</summary>
    Full,
}

/// <summary>How the report was read, kept in the signed artefact so an auditor sees which rows stand behind the tally.</summary>
/// <param name="Mode"><c>targeted</c> or <c>full</c>.</param>
/// <param name="FallbackReason">Why a targeted read gave way to the full scan; null when it did not.</param>
/// <param name="Totals">The counts a targeted read used in place of the registered rows.</param>
/// <param name="HiddenAdminsResolved">Privileged role holders not flagged <c>isAdmin</c> that were looked up in the directory.</param>
public sealed record RegistrationScan(string Mode, string? FallbackReason = null, RegistrationTotals? Totals = null, int HiddenAdminsResolved = 0)
{
    public static RegistrationScan Full { get; } = new("full");

    public static RegistrationScan FellBack(string reason) => new("full", reason);
}

/// <summary>What reading the report gave: the tally, the digest of the rows read, and how they were read.</summary>
public sealed record RegistrationRead(RegistrationTally Tally, RegistrationDigest Digest, RegistrationScan Scan);

/// <summary>
/// SHA-256 over one UTF-8 line per row read (<c>id TAB isAdmin TAB isMfaRegistered TAB userType LF</c>), in the order
/// the requests were made and Graph returned the rows; counts pages and rows on the way.
/// </summary>
internal sealed class RowDigest : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public int Pages { get; private set; }

    public int Rows { get; private set; }

    public void Page() => Pages++;

    public void Add(Graph.UserRegistrationDetails row)
    {
        Rows++;
        hash.AppendData(Encoding.UTF8.GetBytes(
            $"{row.Id}\t{Bool(row.IsAdmin)}\t{Bool(row.IsMfaRegistered)}\t{(row.UserType is { } t ? GraphMfaMapping.GraphName(t) : "")}\n"));
    }

    public RegistrationDigest Finish(string request) => new(Pages, Rows, Convert.ToHexStringLower(hash.GetHashAndReset()), request);

    public void Dispose() => hash.Dispose();

    private static string Bool(bool? value) => value switch { true => "true", false => "false", null => "" };
}
