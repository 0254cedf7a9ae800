// Azure Managed Redis (TLS only, no public network access) shared by every bot replica; its connection string goes
// into Key Vault.
// Azure Managed Redis is the successor of Azure Cache for Redis, whose every tier has a published retirement date.
@description('Azure region.')
param location string

@description('Cache name (globally unique).')
param name string

@description('Tags for every resource.')
param tags object

@description('Azure Managed Redis SKU, e.g. Balanced_B0 (smallest), Balanced_B1, MemoryOptimized_M10.')
param skuName string

@description('Keep a replica in another zone or node (Enabled), or run a single node (Disabled: cheaper, no SLA).')
param highAvailability bool

@description('The Key Vault that receives the connection string as secret "redis-connection-string".')
param keyVaultName string

resource cluster 'Microsoft.Cache/redisEnterprise@2025-07-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
  }
  properties: {
    minimumTlsVersion: '1.2'
    highAvailability: highAvailability ? 'Enabled' : 'Disabled'
    // Reached only through its private endpoint from the Container Apps subnet.
    publicNetworkAccess: 'Disabled'
  }
}

// One endpoint behind the cluster's proxy (clients see a plain Redis); keys are never evicted to make room, since
// this is the bot's store, not a cache: writes fail loudly instead when memory is full.
resource database 'Microsoft.Cache/redisEnterprise/databases@2025-07-01' = {
  parent: cluster
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    clusteringPolicy: 'EnterpriseCluster'
    evictionPolicy: 'NoEviction'
    accessKeysAuthentication: 'Enabled'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

// StackExchange.Redis configuration string: TLS, and start-up does not fail while the cache is unreachable.
resource connectionString 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    value: '${cluster.properties.hostName}:${database.properties.port},password=${database.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

@description('The versionless Key Vault URL of the connection string secret.')
output connectionStringSecretUrl string = '${vault.properties.vaultUri}secrets/${connectionString.name}'

@description('The cache host name.')
output hostName string = cluster.properties.hostName

@description('The cache resource id (for its private endpoint).')
output id string = cluster.id
