// Holds the artefact-signing certificate. RBAC (not access policies) so every grant is an auditable role assignment;
// purge protection so a deleted signing key cannot be destroyed before the retention period ends.
param name string
param location string
param tags object

@description('Name of the app\'s user-assigned identity: reads the certificate and its private key (a secret in Key Vault terms).')
param identityName string

@description('Optional: the deploying user, granted Certificates Officer so they can create the signing certificate.')
param operatorPrincipalId string

var roles = {
  keyVaultCertificateUser: 'db79e9a7-68ee-4b58-9aeb-b90e7c24fcba'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultCertificatesOfficer: 'a4417e6f-fecd-4de8-b567-7b0420556985'
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource appRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in [roles.keyVaultCertificateUser, roles.keyVaultSecretsUser]: {
    scope: vault
    name: guid(vault.id, identity.id, role)
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource operatorRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  scope: vault
  name: guid(vault.id, operatorPrincipalId, roles.keyVaultCertificatesOfficer)
  properties: {
    principalId: operatorPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultCertificatesOfficer)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
