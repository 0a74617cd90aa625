using M365Nis2.Domain.Risks;

namespace M365Nis2.Domain.Tests.Risks;

/// <summary>Builders for risk tests: a valid risk on the default 4 × 4 method (appetite 6) unless told otherwise.</summary>
internal static class Risks
{
    public static readonly DateOnly Today = new(2026, 6, 1);
    public static readonly Person Owner = new("owner-1", "Olivia Owner");
    public static readonly Person Ciso = new("ciso-1", "Mette Holm");

    public static Risk Risk(int l = 3, int i = 4, (int L, int I)? residual = null, Treatment treatment = Treatment.Mitigate, string id = "R-1") => new(
        id, "Ransomware on the SCADA historian", "Ransomware encrypts the historian and operators lose trends",
        "Criminal ransomware group", "Flat network between office and OT", ["asset-1"],
        new(l, i), residual is { } r ? new(r.L, r.I) : null, treatment,
        treatment == Treatment.Accept ? [] : ["Segment the OT network", "Offline backups"], Owner,
        ["art21.2.c"], ["A.8.13", "A.8.22"], Today.AddMonths(6));

    public static OwnerApproval ApprovedPlan(Risk risk) => new(risk.Owner.ObjectId, DateTimeOffset.UnixEpoch, RiskHashes.TreatmentPlan(risk));

    public static RiskAcceptance Accepted(Risk risk, DateOnly? expires = null, RiskMethod? method = null) => new(
        risk.Id, RiskHashes.Risk(risk, method ?? RiskMethod.Default), Ciso, DateTimeOffset.UnixEpoch, "Segmentation is planned for Q3",
        ["Only while backups are tested monthly"], expires ?? Today.AddMonths(6), AcceptanceDecision.Accepted, DateTimeOffset.UnixEpoch,
        [new("board-1", "Anders Kjær")]);
}
