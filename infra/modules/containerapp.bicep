// The bot: one container app with external HTTPS ingress, health probes, at least two replicas, Redis storage and
// every secret read from Key Vault through the managed identity. Environment variable names are the host's settings
// (docs/CONFIGURATION.md).
@description('Azure region.')
param location string

@description('Container app name; its public host is <name>.<environment default domain>.')
param name string

@description('Tags for every resource.')
param tags object

@description('The Container Apps environment id.')
param environmentId string

@description('The public host name (no scheme), used for PublicBaseUrl.')
param publicHost string

@description('The image to run, e.g. myregistry.azurecr.io/modelstrategy-bot:1.0.0.')
param image string

@description('The registry login server the identity pulls from; empty for a public image.')
param registryServer string

@description('The user-assigned identity the app runs as.')
param identityId string

@description('The bot registration client id (Teams__AppId).')
param botAppId string

@description('The bot registration tenant (Teams__TenantId).')
param botTenantId string

@description('Versionless Key Vault secret URLs: teamsAppPassword, slackSigningSecret, slackBotToken, slackClientSecret.')
param secretUrls object

@description('The Key Vault URL of the Redis connection string.')
param redisSecretUrl string

@description('Whether the Slack settings are passed to the bot.')
param includeSlack bool

@description('Slack app client id (Slack__ClientId) for Sign in with Slack; used when includeSlack.')
param slackClientId string

@description('Networks of the ingress proxies in front of the bot (the Container Apps subnet): their X-Forwarded-For is believed.')
param knownNetworks string

@description('Fewest replicas; two or more keeps the bot up during a revision change or a node loss.')
@minValue(1)
param minReplicas int

@description('Most replicas.')
@minValue(1)
param maxReplicas int

@description('Concurrent HTTP requests per replica before another replica is added.')
param concurrentRequestsPerReplica int = 50

// The port the image listens on (Dockerfile: ASPNETCORE_HTTP_PORTS).
var port = 3978

var teamsSecrets = [
  {
    name: 'teams-app-password'
    keyVaultUrl: secretUrls.teamsAppPassword
    identity: identityId
  }
  {
    name: 'redis-connection-string'
    keyVaultUrl: redisSecretUrl
    identity: identityId
  }
]

var slackSecrets = [
  {
    name: 'slack-signing-secret'
    keyVaultUrl: secretUrls.slackSigningSecret
    identity: identityId
  }
  {
    name: 'slack-bot-token'
    keyVaultUrl: secretUrls.slackBotToken
    identity: identityId
  }
  {
    name: 'slack-client-secret'
    keyVaultUrl: secretUrls.slackClientSecret
    identity: identityId
  }
]

var baseEnv = [
  { name: 'Storage__Provider', value: 'Redis' }
  { name: 'ConnectionStrings__Redis', secretRef: 'redis-connection-string' }
  { name: 'PublicBaseUrl', value: 'https://${publicHost}' }
  { name: 'Teams__AppId', value: botAppId }
  { name: 'Teams__TenantId', value: botTenantId }
  { name: 'Teams__AppType', value: 'SingleTenant' }
  { name: 'Teams__AppPassword', secretRef: 'teams-app-password' }
  { name: 'Logging__Console__FormatterName', value: 'json' }
  { name: 'ForwardedHeaders__KnownNetworks', value: knownNetworks }
]

var slackEnv = [
  { name: 'Slack__SigningSecret', secretRef: 'slack-signing-secret' }
  { name: 'Slack__BotToken', secretRef: 'slack-bot-token' }
  { name: 'Slack__ClientId', value: slackClientId }
  { name: 'Slack__ClientSecret', secretRef: 'slack-client-secret' }
]

resource app 'Microsoft.App/containerApps@2025-01-01' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environmentId
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: includeSlack ? concat(teamsSecrets, slackSecrets) : teamsSecrets
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: includeSlack ? concat(baseEnv, slackEnv) : baseEnv
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 3
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 10
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: port
              }
              periodSeconds: 5
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: string(concurrentRequestsPerReplica)
              }
            }
          }
        ]
      }
    }
  }
}

@description('The app public host name as Container Apps reports it.')
output fqdn string = app.properties.configuration.ingress.fqdn
