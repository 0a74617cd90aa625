using System.Text.Json.Serialization;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>The first few names of a possibly long list, plus the full count.</summary>
public sealed record NamedSample(IReadOnlyList<string> Names, int Total)
{
    public static NamedSample Empty { get; } = new([], 0);

    public bool IsTruncated => Total > Names.Count;

    /// <summary>" (first 50 of 1 234 shown)" when truncated, else empty.</summary>
    public string TruncationNote => Note().English;

    /// <summary><see cref="TruncationNote"/> as a coded text (a method, so artefacts that store the sample do not grow).</summary>
    public CodedText Note() => IsTruncated ? CommonTexts.SampleTruncated.With(Names.Count, Total) : CommonTexts.None.With();

    /// <summary>
    /// The names as coded subjects when they carry words of their own ("PC-7, never synced"); <see cref="Names"/> is
    /// their English. Null for plain names, so a stored sample of names does not grow.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CodedText>? Texts { get; init; }
}

/// <summary>
/// What a <see cref="RegistrationAccumulator"/> learned from the registration report: counts and bounded name lists only,
/// so it can be stored with the evaluation whatever the tenant's size.
/// </summary>
/// <param name="Status">Whether the whole report was read; a failure on any page makes the tally unusable.</param>
/// <param name="RoleAssignmentsUsed">False when admins could only be recognised by the report's <c>isAdmin</c> flag.</param>
public sealed record RegistrationTally(
    CollectionStatus Status,
    int EnabledMembers,
    int RegisteredMembers,
    int Guests,
    int RegisteredGuests,
    int DisabledSkipped,
    int Admins,
    NamedSample UnregisteredMembers,
    NamedSample UnregisteredAdmins,
    bool RoleAssignmentsUsed)
{
    /// <summary>Registered share of enabled members in percent; null when there are none.</summary>
    public decimal? MemberPercent => EnabledMembers == 0 ? null : Math.Round(100m * RegisteredMembers / EnabledMembers, 2);
}
