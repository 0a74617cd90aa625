using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence;

/// <summary>Why a source could or could not be read.</summary>
public enum CollectionStatusKind
{
    Ok = 0,
    /// <summary>HTTP 403 because the app lacks a permission.</summary>
    Forbidden,
    /// <summary>The tenant lacks the licence the API needs (e.g. Entra ID P1).</summary>
    LicenceRequired,
    /// <summary>Anything else: throttling given up, 5xx, malformed response.</summary>
    Failed,
}

/// <summary>Collection status of one evidence source. Anything but <see cref="Ok"/> makes checks that need it Unknown.</summary>
/// <param name="Detail">The missing permission, the licence required, or the failure reason.</param>
public sealed record CollectionStatus(CollectionStatusKind Kind, string? Detail = null)
{
    public static CollectionStatus Ok { get; } = new(CollectionStatusKind.Ok);

    public bool IsOk => Kind == CollectionStatusKind.Ok;

    /// <param name="permission">The Graph permission that was missing, e.g. <c>AuditLog.Read.All</c>.</param>
    public static CollectionStatus Forbidden(string permission) => new(CollectionStatusKind.Forbidden, permission);

    /// <param name="licence">The licence required, e.g. <c>Entra ID P1/P2</c>.</param>
    public static CollectionStatus LicenceRequired(string licence) => new(CollectionStatusKind.LicenceRequired, licence);

    public static CollectionStatus Failed(string reason) => new(CollectionStatusKind.Failed, reason);

    /// <summary>A sentence an admin can act on, e.g. "missing permission AuditLog.Read.All".</summary>
    public string Describe() => Text().English;

    /// <summary><see cref="Describe"/> as a coded text (the detail, a permission or licence name, is never translated).</summary>
    public CodedText Text() => (Kind, Detail) switch
    {
        (CollectionStatusKind.Ok, _) => CommonTexts.Collected.With(),
        (CollectionStatusKind.Forbidden, null) => CommonTexts.ForbiddenUnspecified.With(),
        (CollectionStatusKind.Forbidden, var d) => CommonTexts.Forbidden.With(d),
        (CollectionStatusKind.LicenceRequired, null) => CommonTexts.LicenceUnspecified.With(),
        (CollectionStatusKind.LicenceRequired, var d) => CommonTexts.LicenceRequired.With(d),
        (_, null) => CommonTexts.FailedUnspecified.With(),
        (_, var d) => CommonTexts.Failed.With(d),
    };
}

/// <summary>A source's value together with its collection status; <see cref="Value"/> is only set when the status is Ok.</summary>
public sealed record Collected<T>(CollectionStatus Status, T? Value)
    where T : class
{
    /// <summary>True with the value when the source was read.</summary>
    public bool TryGet([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = Status.IsOk ? Value : null;
        return value is not null;
    }
}

/// <summary>Factories for <see cref="Collected{T}"/>, kept off the generic type so call sites infer T where they can.</summary>
public static class Collected
{
    public static Collected<T> Ok<T>(T value)
        where T : class => new(CollectionStatus.Ok, value);

    public static Collected<T> NotCollected<T>(CollectionStatus status)
        where T : class =>
        status.IsOk ? throw new ArgumentException("Use Ok(value) for a collected source.", nameof(status)) : new(status, null);
}
