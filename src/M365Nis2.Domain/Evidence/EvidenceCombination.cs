using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence;

/// <summary>The state of the CISO's uploaded evidence for a measure (documents with a validity date).</summary>
public enum UploadState
{
    None = 0,
    /// <summary>At least one upload is still valid.</summary>
    Current,
    /// <summary>Uploads exist but every one has passed its validity date.</summary>
    Expired,
}

/// <summary>A measure's status once automated and uploaded evidence are combined.</summary>
public enum MeasureStatus
{
    NoEvidence = 0,
    /// <summary>Only uploaded evidence, still valid: documented, not verified in the tenant.</summary>
    Documented,
    /// <summary>Only uploaded evidence, and it has expired.</summary>
    DocumentExpired,
    Unknown,
    NotMet,
    PartiallyMet,
    Met,
}

/// <summary>
/// The stated rule for a measure with both kinds of evidence. Automated checks show whether the technical measure is
/// in place in the tenant; uploads show the policy or procedure the measure also asks for. So:
/// <list type="bullet">
/// <item>No automated checks: the upload decides (Documented, DocumentExpired, NoEvidence).</item>
/// <item>Automated NotMet stays NotMet: a document cannot overrule what the tenant shows.</item>
/// <item>Automated Unknown: Unknown, or PartiallyMet with a current upload (documented, but not verifiable).</item>
/// <item>Automated PartiallyMet stays PartiallyMet.</item>
/// <item>Automated Met: Met with a current upload, or with none when the measure needs no document; PartiallyMet when
/// the document the measure needs is missing or expired.</item>
/// </list>
/// </summary>
public static class EvidenceCombination
{
    public static (MeasureStatus Status, CodedText Rule) Combine(Outcome? automated, UploadState upload, bool documentExpected)
    {
        var (status, rule) = automated switch
        {
            null => upload switch
            {
                UploadState.Current => (MeasureStatus.Documented, MeasureTexts.UploadOnly),
                UploadState.Expired => (MeasureStatus.DocumentExpired, MeasureTexts.UploadOnlyExpired),
                _ => (MeasureStatus.NoEvidence, MeasureTexts.NothingAtAll),
            },
            Outcome.NotMet => (MeasureStatus.NotMet, MeasureTexts.AutomatedNotMet),
            Outcome.Unknown => upload == UploadState.Current
                ? (MeasureStatus.PartiallyMet, MeasureTexts.DocumentedButUnknown)
                : (MeasureStatus.Unknown, MeasureTexts.AutomatedUnknown),
            Outcome.PartiallyMet => (MeasureStatus.PartiallyMet, MeasureTexts.AutomatedPartial),
            _ when upload == UploadState.Current => (MeasureStatus.Met, MeasureTexts.MetAndDocumented),
            _ when !documentExpected => (MeasureStatus.Met, MeasureTexts.MetNoDocumentNeeded),
            _ => (MeasureStatus.PartiallyMet, upload == UploadState.Expired ? MeasureTexts.MetDocumentExpired : MeasureTexts.MetDocumentMissing),
        };
        return (status, rule.With());
    }

    /// <summary>
    /// Measures whose Art. 21(2) text asks for policies, procedures or plans besides the technical controls: every
    /// measure except (j), whose text asks for authentication and secured communications "where appropriate".
    /// </summary>
    public static bool ExpectsDocument(string controlId) =>
        controlId.StartsWith("art21.2.", StringComparison.Ordinal) && !string.Equals(controlId, Measures.Authentication, StringComparison.Ordinal);
}
