using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// What one collection read: the rule inputs, the registration tally, and the raw Graph JSON kept as proof.
/// The registration report itself is not kept row by row (100 000 users would be ~40 MB per run): the artefact holds the
/// tally, the named offenders and a SHA-256 digest over the rows read (see <see cref="RegistrationDigest"/>).
/// </summary>
public sealed record MfaSnapshot(
    MfaEvidence Evidence,
    RegistrationTally Registration,
    IReadOnlyDictionary<string, RawSource> Raw,
    RegistrationDigest RegistrationDigest,
    RegistrationScan RegistrationScan,
    GraphRequestCounts Counts,
    IReadOnlyList<string> BreakGlassIds,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt);

/// <summary>One Graph source as read: its status and, when read, Graph's JSON for it (re-serialised by the SDK).</summary>
public sealed record RawSource(string Request, CollectionStatus Status, JsonNode? Json);

/// <summary>
/// Fingerprint of the registration rows used: SHA-256 over one UTF-8 line per row, in the order the requests were made
/// and Graph returned the rows (a targeted read: admins, then the unregistered),
/// <c>id TAB isAdmin TAB isMfaRegistered TAB userType LF</c> (booleans lowercase, userType as Graph spells it).
/// </summary>
public sealed record RegistrationDigest(int Pages, int Rows, string Sha256, string Request);
