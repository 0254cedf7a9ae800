// The Container Apps environment; console and system logs go to the Log Analytics workspace.
@description('Azure region.')
param location string

@description('Environment name.')
param name string

@description('Tags for every resource.')
param tags object

@description('The Log Analytics workspace that receives the logs.')
param workspaceName string

@description('The subnet the environment runs in (delegated to Microsoft.App/environments): Key Vault and Redis are reached privately from it.')
param infrastructureSubnetId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' existing = {
  name: workspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2025-01-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
    vnetConfiguration: {
      infrastructureSubnetId: infrastructureSubnetId
      internal: false
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

@description('The environment resource id.')
output id string = environment.id

@description('The environment default domain: an app named X is reachable at X.<defaultDomain>.')
output defaultDomain string = environment.properties.defaultDomain
