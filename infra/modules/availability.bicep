// An Application Insights standard availability test: GET /readyz from three regions every five minutes.
@description('Azure region of the Application Insights resource.')
param location string

@description('Test name.')
param name string

@description('Tags for every resource.')
param tags object

@description('The Application Insights resource id the results go to.')
param appInsightsId string

@description('The URL to probe, e.g. https://<host>/readyz.')
param url string

resource test 'Microsoft.Insights/webtests@2022-06-15' = {
  name: name
  location: location
  // Application Insights links a test to its resource through this tag.
  tags: union(tags, { 'hidden-link:${appInsightsId}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: name
    Name: name
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'us-va-ash-azr' }
      { Id: 'emea-nl-ams-azr' }
      { Id: 'apac-sg-sin-azr' }
    ]
    Request: {
      RequestUrl: url
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}
