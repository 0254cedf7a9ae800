// The Azure Bot registration (single-tenant app registration created beforehand) with the Microsoft Teams channel.
@description('Bot resource name (2-64 characters, globally unique).')
param name string

@description('Display name shown in the Azure portal and Teams channel settings.')
param displayName string

@description('Tags for every resource.')
param tags object

@description('The messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('The app registration client id.')
param appId string

@description('The app registration tenant id.')
param tenantId string

@description('F0 (free) or S1 (standard). Teams is a standard channel: free on either.')
@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('The bot resource name.')
output name string = bot.name
