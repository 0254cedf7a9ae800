// Key Vault (RBAC) holding the bot's secrets, without public network access; the managed identity may read them,
// nothing else is granted here.
@description('Azure region.')
param location string

@description('Vault name (3-24 characters, globally unique).')
param name string

@description('Tags for every resource.')
param tags object

@description('Principal id of the identity that reads the secrets.')
param readerPrincipalId string

@description('The Teams app registration client secret (Teams__AppPassword).')
@secure()
param teamsAppPassword string

@description('Whether the Slack secrets are stored (the Slack channel is deployed).')
param includeSlack bool

@description('The Slack signing secret (Slack__SigningSecret); used when includeSlack.')
@secure()
param slackSigningSecret string

@description('The Slack bot token (Slack__BotToken); used when includeSlack.')
@secure()
param slackBotToken string

@description('The Slack app client secret (Slack__ClientSecret, for Sign in with Slack); used when includeSlack.')
@secure()
param slackClientSecret string

// Built-in role "Key Vault Secrets User": read secret contents.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // Reached only through its private endpoint from the Container Apps subnet. Secrets are written by the deployment
    // itself (Azure Resource Manager, not the vault's public endpoint); docs/OPERATIONS.md says how to rotate them.
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
    }
  }
}

resource teamsPassword 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'teams-app-password'
  properties: {
    value: teamsAppPassword
  }
}

resource slackSigning 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (includeSlack) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackToken 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (includeSlack) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

resource slackClient 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (includeSlack) {
  parent: vault
  name: 'slack-client-secret'
  properties: {
    value: slackClientSecret
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
  }
}

@description('The vault name.')
output name string = vault.name

@description('The vault URI, e.g. https://name.vault.azure.net/.')
output uri string = vault.properties.vaultUri

@description('Versionless secret URLs for Container Apps Key Vault references (the Slack ones exist when includeSlack).')
output secretUrls object = {
  teamsAppPassword: '${vault.properties.vaultUri}secrets/${teamsPassword.name}'
  slackSigningSecret: '${vault.properties.vaultUri}secrets/slack-signing-secret'
  slackBotToken: '${vault.properties.vaultUri}secrets/slack-bot-token'
  slackClientSecret: '${vault.properties.vaultUri}secrets/slack-client-secret'
}

@description('The role assignment id, so the app waits until the identity may read secrets.')
output readerAssignmentId string = readSecrets.id

@description('The vault resource id (for its private endpoint).')
output id string = vault.id
