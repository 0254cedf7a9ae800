// Parameters for main.bicep. Nothing secret lives here: secrets and per-deployment values are read from the
// environment of the shell that runs `az deployment group create` (docs/DEPLOY.md lists the exports).
using 'main.bicep'

param namePrefix = readEnvironmentVariable('NAME_PREFIX', 'modelstrat')

// The single-tenant app registration of the bot (docs/DEPLOY.md, step 2).
param botAppId = readEnvironmentVariable('BOT_APP_ID')
param botTenantId = readEnvironmentVariable('BOT_TENANT_ID')
param teamsAppPassword = readEnvironmentVariable('TEAMS_APP_PASSWORD')

// Slack is optional: set ENABLE_SLACK=true and the app's secrets and client id to deploy it (the client id and secret
// let readers open Slack-made reports through Sign in with Slack).
param enableSlack = bool(readEnvironmentVariable('ENABLE_SLACK', 'false'))
param slackSigningSecret = readEnvironmentVariable('SLACK_SIGNING_SECRET', '')
param slackBotToken = readEnvironmentVariable('SLACK_BOT_TOKEN', '')
param slackClientId = readEnvironmentVariable('SLACK_CLIENT_ID', '')
param slackClientSecret = readEnvironmentVariable('SLACK_CLIENT_SECRET', '')

// Empty on the first deployment (infrastructure only); the built image on the second.
param containerImage = readEnvironmentVariable('CONTAINER_IMAGE', '')

param minReplicas = 2
param maxReplicas = 10
param redisSkuName = 'Balanced_B0'
param redisHighAvailability = true
param botSku = 'F0'
