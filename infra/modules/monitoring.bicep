// Log Analytics (container console and system logs) and a workspace-based Application Insights.
@description('Azure region.')
param location string

@description('Name prefix for the resources.')
param prefix string

@description('Suffix that makes names unique.')
param suffix string

@description('Tags for every resource.')
param tags object

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int = 30

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${prefix}-logs-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-ai-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

@description('The Log Analytics workspace name, for the Container Apps environment.')
output workspaceName string = workspace.name

@description('The Application Insights resource id, for availability tests.')
output appInsightsId string = appInsights.id

@description('The Application Insights resource name.')
output appInsightsName string = appInsights.name
