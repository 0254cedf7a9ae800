// A private endpoint for one resource, registered in its private DNS zone.
@description('Azure region.')
param location string

@description('Endpoint name.')
param name string

@description('Tags for every resource.')
param tags object

@description('The resource the endpoint connects to.')
param resourceId string

@description('The sub-resource (group id): "vault" for Key Vault, "redisEnterprise" for Azure Managed Redis.')
param groupId string

@description('The subnet of the endpoint.')
param subnetId string

@description('The private DNS zone its address is registered in.')
param zoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: resourceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource dns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'zone'
        properties: {
          privateDnsZoneId: zoneId
        }
      }
    ]
  }
}
