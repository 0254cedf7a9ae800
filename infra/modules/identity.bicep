// The user-assigned managed identity the container app runs as: it reads Key Vault secrets and pulls the image.
@description('Azure region.')
param location string

@description('Name of the identity.')
param name string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the container app identity and Key Vault references.')
output id string = identity.id

@description('Principal id, for role assignments.')
output principalId string = identity.properties.principalId
