// A private container registry for the bot image; the managed identity may pull from it (no admin user).
@description('Azure region.')
param location string

@description('Registry name (5-50 letters and digits, globally unique).')
param name string

@description('Tags for every resource.')
param tags object

@description('Principal id of the identity that pulls images.')
param pullerPrincipalId string

// Built-in role "AcrPull".
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource pull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, pullerPrincipalId, acrPullRoleId)
  scope: registry
  properties: {
    principalId: pullerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
  }
}

@description('The registry name, for az acr build.')
output name string = registry.name

@description('The login server, e.g. name.azurecr.io.')
output loginServer string = registry.properties.loginServer

@description('The role assignment id, so the app waits until the identity may pull.')
output pullAssignmentId string = pull.id
