// The private network: the Container Apps environment runs in its own subnet, and Key Vault and Redis are reached
// through private endpoints in another, with private DNS zones so their usual host names resolve to the private
// addresses. Both then turn public network access off (docs/SECURITY.md, "Bounded storage" and "Azure").
@description('Azure region.')
param location string

@description('Name prefix of the network resources.')
param name string

@description('Tags for every resource.')
param tags object

@description('Address space of the virtual network.')
param addressPrefix string = '10.60.0.0/16'

@description('Subnet of the Container Apps environment (a /23 or larger for a workload-profiles environment).')
param appsSubnetPrefix string = '10.60.0.0/23'

@description('Subnet of the private endpoints.')
param endpointsSubnetPrefix string = '10.60.2.0/24'

// Azure Managed Redis and Key Vault private endpoints answer under these zones.
var zoneNames = [
  'privatelink.vaultcore.azure.net'
  'privatelink.redis.azure.net'
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: '${name}-vnet'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'apps'
        properties: {
          addressPrefix: appsSubnetPrefix
          delegations: [
            {
              name: 'containerApps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'endpoints'
        properties: {
          addressPrefix: endpointsSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [for zone in zoneNames: {
  name: zone
  location: 'global'
  tags: tags
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [for (zone, i) in zoneNames: {
  parent: zones[i]
  name: '${name}-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}]

@description('The Container Apps environment subnet id.')
output appsSubnetId string = vnet.properties.subnets[0].id

@description('The address range of the Container Apps subnet: the ingress proxies the bot trusts for X-Forwarded-For.')
output appsSubnetPrefix string = appsSubnetPrefix

@description('The private endpoints subnet id.')
output endpointsSubnetId string = vnet.properties.subnets[1].id

@description('The Key Vault private DNS zone id.')
output vaultZoneId string = zones[0].id

@description('The Azure Managed Redis private DNS zone id.')
output redisZoneId string = zones[1].id
