// Alerts on the app's own OpenTelemetry metrics in Application Insights (names in docs/operations.md).
param appInsightsName string
param location string
param tags object

@description('Where alert e-mails go; empty = alerts fire in the portal only, no action group is created.')
param alertEmail string = ''

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: 'ag-m365nis2-operators'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'm365nis2'
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = empty(alertEmail) ? [] : [operators.id]

// A failed run leaves Art. 21(2)(j) evidence stale; the run row and the log say why.
resource failedEvidenceRuns 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-m365nis2-evidence-run-failed'
  location: location
  tags: tags
  properties: {
    displayName: 'M365Nis2: evidence collection run failed'
    description: 'An Art. 21(2)(j) evidence run ended failed (metric m365nis2.evidence.runs, outcome=failed). See docs/operations.md.'
    severity: 2
    enabled: true
    scopes: [appInsights.id]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT1H'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "m365nis2.evidence.runs" and tostring(customDimensions.outcome) == "failed" | summarize failed = sum(valueSum)'
          metricMeasureColumn: 'failed'
          timeAggregation: 'Total'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: actions
    }
  }
}

// A 429 storm: Teams (connector) or Graph pushing back harder than the app's pacing expects.
resource throttlingStorm 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-m365nis2-429-storm'
  location: location
  tags: tags
  properties: {
    displayName: 'M365Nis2: 429 storm (Teams or Graph throttling)'
    description: 'More than 20 throttled answers in 5 minutes (m365nis2.teams.throttled + m365nis2.graph.throttled). See docs/operations.md.'
    severity: 2
    enabled: true
    scopes: [appInsights.id]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT5M'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name in ("m365nis2.teams.throttled", "m365nis2.graph.throttled") | summarize throttled = sum(valueSum)'
          metricMeasureColumn: 'throttled'
          timeAggregation: 'Total'
          operator: 'GreaterThan'
          threshold: 20
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: actions
    }
  }
}

// No successful run for more than a day and a bit: the schedule stopped (or every run failed quietly).
resource staleEvidence 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: 'alert-m365nis2-evidence-stale'
  location: location
  tags: tags
  properties: {
    displayName: 'M365Nis2: no successful evidence run for 26 hours'
    description: 'No m365nis2.evidence.runs with outcome=succeeded in 26 hours (the schedule is daily). See docs/operations.md.'
    severity: 3
    enabled: true
    scopes: [appInsights.id]
    evaluationFrequency: 'PT1H'
    windowSize: 'P1D'
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where timestamp > ago(26h) and name == "m365nis2.evidence.runs" and tostring(customDimensions.outcome) == "succeeded" | summarize succeeded = sum(valueSum)'
          metricMeasureColumn: 'succeeded'
          timeAggregation: 'Total'
          operator: 'LessThan'
          threshold: 1
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: actions
    }
  }
}

output alertRuleNames array = [failedEvidenceRuns.name, throttlingStorm.name, staleEvidence.name]
