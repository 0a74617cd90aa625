using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using T = M365Nis2.Domain.Texts.SupplierChangeTexts;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// The history line of an edit: every field the CISO can change is named when it changed, so the history says what an
/// edit did rather than only that one happened (the suggestion follows from services, data and access and is not named).
/// </summary>
public static class SupplierChangeLog
{
    public static CodedText Edit(Supplier old, Supplier updated)
    {
        var changed = new List<CodedText>();
        void Add(bool differs, TextCode field)
        {
            if (differs)
                changed.Add(field.With());
        }

        Add(old.Name != updated.Name, T.Name);
        Add(old.VatNumber != updated.VatNumber, T.VatNumber);
        Add(old.Country != updated.Country, T.Country);
        Add(!old.Services.SequenceEqual(updated.Services), T.Services);
        Add(!old.Data.SequenceEqual(updated.Data), T.Data);
        Add(old.Access != updated.Access, T.Access);
        Add(old.SoleProvider != updated.SoleProvider, T.SoleProvider);
        if (old.Tier != updated.Tier)
            changed.Add(T.Tier.With((int)old.Tier, (int)updated.Tier));
        else if (old.TierDecided != updated.TierDecided)
            changed.Add((updated.TierDecided ? T.TierDecided : T.TierUndecided).With((int)updated.Tier));
        Add(old.Owner?.ObjectId != updated.Owner?.ObjectId, T.Owner);
        Add(old.ContractStart != updated.ContractStart || old.ContractEnd != updated.ContractEnd, T.Contract);
        Add(!old.Clauses.SequenceEqual(updated.Clauses), T.Clauses);
        Add(!old.Systems.SequenceEqual(updated.Systems), T.Systems);
        Add(!old.Certificates.SequenceEqual(updated.Certificates), T.Certificates);
        Add(!old.AssetIds.SequenceEqual(updated.AssetIds), T.Assets);
        Add(!old.RiskIds.SequenceEqual(updated.RiskIds), T.Risks);
        Add(!old.AppIds.SequenceEqual(updated.AppIds), T.Apps);
        if (old.Active != updated.Active)
            changed.Add((updated.Active ? T.Reactivated : T.Ended).With());
        return T.EditedOf(changed);
    }

    /// <summary>A finding's new state with the CISO's note as written.</summary>
    public static CodedText Finding(string findingId, FindingState state, string note) => (state switch
    {
        FindingState.Resolved => T.FindingResolved,
        FindingState.RiskAccepted => T.FindingAccepted,
        _ => T.FindingReopened,
    }).With(findingId, note);
}
