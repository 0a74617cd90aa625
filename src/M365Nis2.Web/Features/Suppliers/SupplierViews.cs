using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>JSON shapes of the supplier API; enum values as the vocabulary keys the tab translates.</summary>
public static class SupplierViews
{
    public static object Summary(Supplier s, DateOnly today, Viewer viewer)
    {
        var assessment = AssessmentSchedule.Evaluate(s.Tier, s.RegisteredOn, s.LastAssessedOn, today);
        var open = s.Findings.Where(f => f.State == FindingState.Open).ToList();
        return new
        {
            id = s.Id,
            name = s.Name,
            country = s.Country,
            vatNumber = s.VatNumber,
            tier = (int)s.Tier,
            tierDecided = s.TierDecided,
            suggestedTier = (int)s.Suggestion.Tier,
            owner = Owner(s, viewer),
            active = s.Active,
            assessment = new { state = Key(assessment.State), dueOn = assessment.DueOn, lastAssessedOn = s.LastAssessedOn, reason = assessment.Reason, reasonDa = assessment.Why.Danish },
            openFindings = new
            {
                high = open.Count(f => f.Severity == Severity.High),
                medium = open.Count(f => f.Severity == Severity.Medium),
                low = open.Count(f => f.Severity == Severity.Low),
            },
            certificates = s.Certificates.Select(c => Certificate(c, today)).ToList(),
            apps = s.AppIds.Count,
        };
    }

    public static object Detail(Supplier s, DateOnly today, Viewer viewer, IReadOnlyList<Assessment> assessments,
        IReadOnlyList<DiscoveredAppRow> apps, IReadOnlyList<SupplierChange> history, object? links) => new
    {
        summary = Summary(s, today, viewer),
        services = s.Services.Select(SupplierVocabulary.Key).ToList(),
        data = s.Data.Select(SupplierVocabulary.Key).ToList(),
        access = SupplierVocabulary.Key(s.Access),
        soleProvider = s.SoleProvider,
        suggestionReasons = s.Suggestion.Reasons,
        contractStart = s.ContractStart,
        contractEnd = s.ContractEnd,
        clauses = s.Clauses,
        missingClauses = ContractClauses.Missing(s.Tier, [.. s.Clauses]).Select(c => c.Id).ToList(),
        systems = s.Systems,
        assetIds = s.AssetIds,
        riskIds = s.RiskIds,
        // Asset names and risk titles are the CISO's and the board's register: an owner sees the ids only.
        links,
        registeredOn = s.RegisteredOn,
        findings = s.Findings.OrderBy(f => f.State).ThenByDescending(f => f.Severity).Select(f => new
        {
            id = f.Id, severity = Key(f.Severity), state = Key(f.State), text = f.Text, textDa = SupplierFindingText.In(f, TextLanguage.Danish), openedOn = f.OpenedOn, questionId = f.QuestionId,
            followUpDueOn = FindingFollowUp.DueOn(f.Severity, f.OpenedOn),
        }).ToList(),
        assessments = assessments.Select(a => new
        {
            id = a.Id, status = Key(a.Status), tier = (int)a.Tier, sentAt = a.SentAt, dueOn = a.DueOn, completedAt = a.CompletedAt,
            deliveryProblem = a.DeliveryProblem, deliveryProblemDa = a.DeliveryProblemDa, answersArtefactId = a.AnswersArtefactId, reports = a.ReportArtefactIds, findings = a.FindingIds.Count,
            // Who answered is a person's name: the CISO and the board see it, an owner sees their own.
            completedBy = viewer.SeesAll || a.OwnerObjectId == viewer.ObjectId ? a.CompletedBy : null,
        }).ToList(),
        apps = apps.Select(App).ToList(),
        history = viewer.SeesAll ? history.Take(50).Select(h => new { at = h.At, by = h.By, what = h.What, code = h.Code, whatDa = h.WhatDa }).ToList() : [],
    };

    public static object App(DiscoveredAppRow a) => new
    {
        id = a.ServicePrincipalId,
        appId = a.App.App.AppId,
        name = a.App.App.DisplayName,
        publisher = a.App.App.PublisherName,
        verifiedPublisher = a.App.App.VerifiedPublisher,
        level = Key(a.App.Level),
        highPrivilege = a.App.IsHighPrivilege,
        permissions = a.App.Permissions.Select(p => new { name = p.Name, kind = p.Application ? "application" : "delegated", level = Key(p.Level) }).ToList(),
        decision = Key(a.Decision),
        supplierId = a.SupplierId,
        reason = a.Reason,
        decidedAt = a.DecidedAt,
        firstSeen = a.FirstSeen,
        lastSeen = a.LastSeen,
        present = a.Present,
    };

    public static object Discovery(DiscoveryState state) => new
    {
        latestRun = state.LatestRun is { } r
            ? new { at = r.At, status = r.Status, detail = r.Detail, reason = r.Succeeded ? null : state.ForRule().Status.Describe(), reasonDa = r.Succeeded ? null : state.ForRule().Status.Text().Danish, apps = r.Apps, highPrivilege = r.HighPrivilege, artefactId = r.ArtefactId }
            : null,
        apps = state.Apps.Select(App).ToList(),
    };

    public static object Questionnaire(QuestionnaireTemplate t, string language) => new
    {
        tier = (int)t.Tier,
        version = t.Version,
        title = t.Title(language),
        questions = t.Questions.Select(q => new { id = q.Id, text = q.Text(language), severityIfNo = Key(q.SeverityIfNo) }).ToList(),
    };

    private static object? Owner(Supplier s, Viewer viewer) =>
        s.Owner is { } o ? new { objectId = o.ObjectId, name = o.DisplayName, upn = o.Upn } : null;

    private static object Certificate(SupplierCertificate c, DateOnly today) =>
        new { kind = SupplierFields.CertificateKinds.First(k => k.Value == c.Kind).Key, name = c.Name, validUntil = c.ValidUntil, scope = c.Scope, state = Key(CertificateRules.Evaluate(c, today).State) };

    /// <summary>Enum names as kebab-case keys (NeverAssessed → never-assessed).</summary>
    public static string Key<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
