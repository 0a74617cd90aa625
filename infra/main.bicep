// M365Nis2 on Azure (azd): one resource group with the web host (bot + tab), its managed identity, the Azure Bot with
// the Teams channel, storage with a write-once artefact container, Key Vault for the signing certificate and monitoring.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Region for all regional resources.')
param location string

@description('Object id of the deploying user (azd sets AZURE_PRINCIPAL_ID); granted rights to create the signing certificate.')
param principalId string = ''

@description('Client id of the Entra app registration used for tab SSO (AAD_APP_CLIENT_ID).')
param tabSsoClientId string = ''

@description('App Service plan SKU; B1 is the smallest with Always On, which the bot and scheduled jobs need.')
param appServicePlanSku string = 'B1'

@description('Entra group of the board (management body): approvers of policies, Art. 20 training. Set with azd env set BOARD_GROUP_ID.')
param boardGroupId string = ''

@description('Entra group of the CISO / security lead. Set with azd env set CISO_GROUP_ID.')
param cisoGroupId string = ''

@allowed(['F0', 'S1'])
@description('Azure Bot SKU: F0 is free with a message cap on premium channels; Teams is a standard channel.')
param botSku string = 'F0'

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_ZRS'

// 2555 days is about 7 years: a common retention for audit evidence (e.g. bookkeeping rules), longer than the periods
// supervisory authorities look back over. Each artefact version stays undeletable and unalterable this long.
@minValue(1)
@maxValue(146000)
@description('Days each artefact version is immutable (WORM) after it is written.')
param artefactRetentionDays int = 2555

@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Name of the Key Vault certificate that signs artefacts (ECDSA P-256).')
param signingCertificateName string = 'artefact-signing'

@description('E-mail for operational alerts (failed evidence runs, 429 storms); empty = portal only.')
param alertEmail string = ''

@description('Let the app install itself in Teams for people who do not have it yet, so campaigns, rounds and tasks reach everyone (adds the two permissions of graphInstallPermissions).')
param proactiveInstall bool = true

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names known before deployment, so modules can reference these resources as `existing` and what-if can predict them.
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}web-${resourceToken}'
var appInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var tenantId = tenant().tenantId
// Microsoft Graph *application* permissions the managed identity needs, read-only and least privilege (docs/graph-permissions.md).
// Bicep cannot grant Graph app roles offline; scripts/grant-graph-permissions.sh (postprovision hook) grants exactly these.
var graphAppPermissions = [
  'User.Read.All'
  'GroupMember.Read.All'
  'AuditLog.Read.All'
  'Policy.Read.All'
  'Policy.Read.AuthenticationMethod'
  'RoleManagement.Read.Directory'
  'SecurityEvents.Read.All'
  'SecurityIncident.Read.All'
  'SecurityAlert.Read.All'
  'DeviceManagementManagedDevices.Read.All'
  'DeviceManagementConfiguration.Read.All'
  'AccessReview.Read.All'
  'BackupRestore-Configuration.Read.All'
  'Application.Read.All'
  'DelegatedPermissionGrant.Read.All'
]
// Proactive installation ("reach everyone", docs/graph-permissions.md): the app finds itself in the org catalogue and
// installs itself, and only itself, for a user. The one permission here that writes, and only the app's own installation.
var graphInstallPermissions = [
  'AppCatalog.Read.All'
  'TeamsAppInstallation.ReadWriteSelfForUser.All'
]
var teamsAppId = guid(subscription().id, environmentName, 'teams-app')

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    appInsightsName: appInsightsName
    location: location
    tags: tags
  }
}

module alerts 'app/alerts.bicep' = {
  scope: rg
  dependsOn: [monitoring]
  params: {
    appInsightsName: appInsightsName
    location: location
    tags: tags
    alertEmail: alertEmail
  }
}

module storage 'app/storage.bicep' = {
  scope: rg
  dependsOn: [identity]
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    skuName: storageSku
    identityName: identityName
    artefactRetentionDays: artefactRetentionDays
    softDeleteRetentionDays: softDeleteRetentionDays
  }
}

module keyVault 'app/keyvault.bicep' = {
  scope: rg
  dependsOn: [identity]
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    identityName: identityName
    operatorPrincipalId: principalId
  }
}

module web 'app/web.bicep' = {
  scope: rg
  dependsOn: [identity, monitoring]
  params: {
    planName: '${abbrs.webServerFarms}${resourceToken}'
    siteName: '${abbrs.webSitesAppService}web-${resourceToken}'
    location: location
    tags: tags
    planSkuName: appServicePlanSku
    identityName: identityName
    appInsightsName: appInsightsName
    tenantId: tenantId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    keyVaultUri: keyVault.outputs.uri
    signingCertificateName: signingCertificateName
    tabSsoClientId: tabSsoClientId
    boardGroupId: boardGroupId
    cisoGroupId: cisoGroupId
    teamsAppId: teamsAppId
    proactiveInstall: proactiveInstall
  }
}

module bot 'app/bot.bicep' = {
  scope: rg
  dependsOn: [identity]
  params: {
    name: '${abbrs.botServiceBotServices}${resourceToken}'
    tags: tags
    skuName: botSku
    identityName: identityName
    tenantId: tenantId
    messagingEndpoint: '${web.outputs.uri}/api/messages'
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output SERVICE_WEB_NAME string = web.outputs.name
output SERVICE_WEB_URI string = web.outputs.uri
output SIGNING_CERTIFICATE_NAME string = signingCertificateName
// Inputs for appPackage/package.mjs: the bot's id is the managed identity's client id; the Teams app id is a stable
// GUID per environment, so re-packaging updates the same app in Teams instead of adding a second one.
output BOT_ID string = identity.outputs.clientId
output BOT_NAME string = bot.outputs.name
output TEAMS_APP_ID string = teamsAppId
output TAB_ENDPOINT string = web.outputs.uri
output TAB_DOMAIN string = web.outputs.hostName
output AAD_APP_CLIENT_ID string = tabSsoClientId
output GRAPH_APP_PERMISSIONS string = join(proactiveInstall ? concat(graphAppPermissions, graphInstallPermissions) : graphAppPermissions, ' ')
