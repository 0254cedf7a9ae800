// Azure Cache for Redis (TLS only) shared by every bot replica; its connection string goes into Key Vault.
@description('Azure region.')
param location string

@description('Cache name (globally unique).')
param name string

@description('Tags for every resource.')
param tags object

@description('Pricing tier: Basic (no SLA, single node), Standard (replicated) or Premium.')
@allowed([
  'Basic'
  'Standard'
  'Premium'
])
param skuName string

@description('Cache size: 0-6 for Basic/Standard (C0-C6), 1-5 for Premium (P1-P5).')
@minValue(0)
@maxValue(6)
param capacity int

@description('The Key Vault that receives the connection string as secret "redis-connection-string".')
param keyVaultName string

resource cache 'Microsoft.Cache/redis@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    sku: {
      name: skuName
      family: skuName == 'Premium' ? 'P' : 'C'
      capacity: capacity
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Enabled'
    redisConfiguration: {
      'maxmemory-policy': 'noeviction'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

// StackExchange.Redis configuration string: TLS port, and start-up does not fail while the cache is unreachable.
resource connectionString 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    value: '${cache.properties.hostName}:${cache.properties.sslPort},password=${cache.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

@description('The versionless Key Vault URL of the connection string secret.')
output connectionStringSecretUrl string = '${vault.properties.vaultUri}secrets/${connectionString.name}'

@description('The cache host name.')
output hostName string = cache.properties.hostName
