// Azure Bot registration on the app's user-assigned managed identity (no client secret), with the Teams channel.
param name string
param tags object
param identityName string

@description('Tenant of the bot\'s identity (single-tenant bot).')
param tenantId string
param messagingEndpoint string

@allowed(['F0', 'S1'])
param skuName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global' // Bot registrations are global resources.
  tags: tags
  kind: 'azurebot'
  sku: { name: skuName }
  properties: {
    displayName: name
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output teamsChannel string = teams.name
