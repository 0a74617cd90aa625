// The one ASP.NET Core host (bot + tab) on Linux App Service. Every Azure dependency is reached with the user-assigned
// managed identity, so the settings below hold endpoints and client ids only, never keys.
param planName string
param siteName string
param location string
param tags object
param planSkuName string
param identityName string
param appInsightsName string
param storageBlobEndpoint string
param storageTableEndpoint string
param keyVaultUri string
param signingCertificateName string

@description('Tenant of the bot\'s identity and of tab SSO.')
param tenantId string

@description('Client id of the Entra app registration for tab SSO; empty leaves tab SSO unconfigured.')
param tabSsoClientId string

@description('Object id of the Entra group whose members are the board (management body); they approve policies.')
param boardGroupId string

@description('Object id of the Entra group whose members act as CISO (security lead).')
param cisoGroupId string

@description('The Teams app manifest id (TEAMS_APP_ID); the app looks itself up in the org catalogue by it to install itself.')
param teamsAppId string

@description('Whether the app installs itself for people without it (AppInstall:Enabled).')
param proactiveInstall bool

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: planSkuName }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

var clientId = identity.properties.clientId
var ssoSettings = empty(tabSsoClientId) ? {} : {
  AzureAd__Instance: environment().authentication.loginEndpoint
  AzureAd__TenantId: tenantId
  AzureAd__ClientId: tabSsoClientId
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(ssoSettings, {
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    AZURE_CLIENT_ID: clientId // DefaultAzureCredential picks the user-assigned identity from this
    Storage__BlobEndpoint: storageBlobEndpoint
    Storage__TableEndpoint: storageTableEndpoint
    Storage__ManagedIdentityClientId: clientId
    Bot__AppId: clientId
    Bot__TenantId: tenantId
    Bot__ManagedIdentityClientId: clientId
    Signing__Mode: 'KeyVault'
    Signing__KeyVaultUri: keyVaultUri
    Signing__ManagedIdentityClientId: clientId
    Signing__CertificateName: signingCertificateName
    Graph__Auth: 'ManagedIdentity'
    Graph__ManagedIdentityClientId: clientId
    Roles__BoardGroupId: boardGroupId
    Roles__CisoGroupId: cisoGroupId
    AppInstall__Enabled: string(proactiveInstall)
    AppInstall__ManifestAppId: teamsAppId
  })
}

// No FTP or basic-auth publishing: azd deploys with an Entra token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
output uri string = 'https://${site.properties.defaultHostName}'
