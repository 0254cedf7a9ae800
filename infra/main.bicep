// ModelStrategy Bot on Azure: Container Apps (the bot) in a virtual network, Azure Managed Redis (shared state) and Key
// Vault (secrets) reached only through private endpoints,
// Log Analytics + Application Insights, a user-assigned managed identity, a container registry and the Azure Bot
// with the Teams channel. Deploy it twice: first with containerImage empty (infrastructure, registry, bot
// registration), then, after building the image into the registry, with containerImage set (the app).
// Step by step: docs/DEPLOY.md.
targetScope = 'resourceGroup'

@description('Short name prefix for every resource: 3-11 lowercase letters or digits.')
@minLength(3)
@maxLength(11)
param namePrefix string = 'modelstrat'

@description('Azure region for the regional resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('Client id of the single-tenant Entra app registration of the bot (Teams__AppId).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Tenant id of the app registration (Teams__TenantId).')
param botTenantId string = tenant().tenantId

@description('Client secret of the app registration (Teams__AppPassword); stored in Key Vault only.')
@secure()
param teamsAppPassword string

@description('Deploy the Slack settings: store the two Slack secrets in Key Vault and pass them to the bot.')
param enableSlack bool = false

@description('Slack signing secret (Slack__SigningSecret); required when enableSlack.')
@secure()
param slackSigningSecret string = ''

@description('Slack bot token, xoxb-… (Slack__BotToken); required when enableSlack.')
@secure()
param slackBotToken string = ''

@description('Slack app client id (Slack__ClientId), for Sign in with Slack on report pages; required when enableSlack.')
param slackClientId string = ''

@description('Slack app client secret (Slack__ClientSecret), for Sign in with Slack; required when enableSlack. Stored in Key Vault only.')
@secure()
param slackClientSecret string = ''

@description('The bot image, e.g. <registry>.azurecr.io/modelstrategy-bot:1.0.0. Empty = infrastructure only, no app yet.')
param containerImage string = ''

@description('Fewest bot replicas; two or more for availability.')
@minValue(1)
@maxValue(30)
param minReplicas int = 2

@description('Most bot replicas.')
@minValue(1)
@maxValue(30)
param maxReplicas int = 10

@description('Azure Managed Redis SKU: Balanced_B0 is the smallest; see docs/OPERATIONS.md for sizing.')
param redisSkuName string = 'Balanced_B0'

@description('Azure Managed Redis high availability (a replica); false halves the cost and drops the SLA.')
param redisHighAvailability bool = true

@description('Azure Bot pricing tier; the Teams channel is free on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Tags for every resource.')
param tags object = {
  application: 'modelstrategy-bot'
}

var suffix = uniqueString(resourceGroup().id, namePrefix)
var appName = '${namePrefix}-bot'
var deployApp = !empty(containerImage)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    location: location
    name: '${namePrefix}-id-${suffix}'
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    prefix: namePrefix
    suffix: suffix
    tags: tags
  }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    name: '${namePrefix}-${suffix}'
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    location: location
    name: 'kv-${suffix}'
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    teamsAppPassword: teamsAppPassword
    includeSlack: enableSlack
    slackSigningSecret: slackSigningSecret
    slackBotToken: slackBotToken
    slackClientSecret: slackClientSecret
  }
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
  params: {
    location: location
    name: '${namePrefix}-redis-${suffix}'
    tags: tags
    skuName: redisSkuName
    highAvailability: redisHighAvailability
    keyVaultName: keyVault.outputs.name
  }
}

module vaultEndpoint 'modules/privateendpoint.bicep' = {
  name: 'vaultEndpoint'
  params: {
    location: location
    name: '${namePrefix}-kv-pe-${suffix}'
    tags: tags
    resourceId: keyVault.outputs.id
    groupId: 'vault'
    subnetId: network.outputs.endpointsSubnetId
    zoneId: network.outputs.vaultZoneId
  }
}

module redisEndpoint 'modules/privateendpoint.bicep' = {
  name: 'redisEndpoint'
  params: {
    location: location
    name: '${namePrefix}-redis-pe-${suffix}'
    tags: tags
    resourceId: redis.outputs.id
    groupId: 'redisEnterprise'
    subnetId: network.outputs.endpointsSubnetId
    zoneId: network.outputs.redisZoneId
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    name: '${namePrefix}${suffix}'
    tags: tags
    pullerPrincipalId: identity.outputs.principalId
  }
}

module environment 'modules/environment.bicep' = {
  name: 'environment'
  params: {
    location: location
    name: '${namePrefix}-env-${suffix}'
    tags: tags
    workspaceName: monitoring.outputs.workspaceName
    infrastructureSubnetId: network.outputs.appsSubnetId
  }
}

var publicHost = '${appName}.${environment.outputs.defaultDomain}'

module app 'modules/containerapp.bicep' = if (deployApp) {
  name: 'app'
  params: {
    location: location
    name: appName
    tags: tags
    environmentId: environment.outputs.id
    publicHost: publicHost
    image: containerImage
    registryServer: startsWith(containerImage, '${registry.outputs.loginServer}/') ? registry.outputs.loginServer : ''
    identityId: identity.outputs.id
    botAppId: botAppId
    botTenantId: botTenantId
    secretUrls: keyVault.outputs.secretUrls
    redisSecretUrl: redis.outputs.connectionStringSecretUrl
    includeSlack: enableSlack
    slackClientId: slackClientId
    knownNetworks: network.outputs.appsSubnetPrefix
    minReplicas: minReplicas
    maxReplicas: maxReplicas
  }
  // Using the keyVault and registry outputs also makes the app wait for their role assignments: the identity may
  // read the secrets and pull the image before the first revision starts; the endpoints, that it can reach them.
  dependsOn: [
    vaultEndpoint
    redisEndpoint
  ]
}

module availability 'modules/availability.bicep' = if (deployApp) {
  name: 'availability'
  params: {
    location: location
    name: '${namePrefix}-readyz-${suffix}'
    tags: tags
    appInsightsId: monitoring.outputs.appInsightsId
    url: 'https://${publicHost}/readyz'
  }
  dependsOn: [
    app
  ]
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${suffix}'
    displayName: 'ModelStrategy'
    tags: tags
    endpoint: 'https://${publicHost}/api/messages'
    appId: botAppId
    tenantId: botTenantId
    sku: botSku
  }
}

@description('The public base URL of the bot (PublicBaseUrl; the manifests build from its host).')
output publicBaseUrl string = 'https://${publicHost}'

@description('The public host name of the bot, for manifests/build.sh.')
output publicHost string = publicHost

@description('The Bot Framework messaging endpoint registered on the Azure Bot.')
output botEndpoint string = 'https://${publicHost}/api/messages'

@description('The container registry to build the image into (az acr build --registry <name>).')
output registryName string = registry.outputs.name

@description('The registry login server: the image is <loginServer>/modelstrategy-bot:<tag>.')
output registryLoginServer string = registry.outputs.loginServer

@description('The Key Vault that holds the secrets (rotate them there).')
output keyVaultName string = keyVault.outputs.name

@description('The container app name (empty until containerImage is given).')
output containerAppName string = deployApp ? appName : ''

@description('The Azure Bot resource name.')
output botName string = bot.outputs.name
