using ModelStrategy.Bot.Access;
using ModelStrategy.Bot.Api;
using ModelStrategy.Bot.Health;
using ModelStrategy.Bot.Hosting;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Bot.Reports;
using ModelStrategy.Bot.Reports.Access;
using ModelStrategy.Bot.Reviews;
using ModelStrategy.Bot.Site;
using ModelStrategy.Bot.Telemetry;
using ModelStrategy.Channels.Slack;
using ModelStrategy.Channels.Teams;
using ModelStrategy.Core.DependencyInjection;
using ModelStrategy.Storage.DependencyInjection;

if (PricingCommand.Matches(args))
{
    // `pricing export` and `pricing check FILE`: print and exit, without starting the web host.
    return PricingCommand.Run(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultUrls();
builder.Services.AddModelStrategyCore();
builder.Services.AddPricing();
builder.Services.AddModelStrategyStorage();
builder.Services.AddReviewReminders();
builder.Services.AddModelStrategyHost();
builder.Services.AddReportLinks();
builder.AddReportAccess();
builder.Services.AddTeamsChannel();
builder.Services.AddSlackChannel();
builder.AddMetricsExport();

var app = builder.Build();

app.UseForwardedHeaders();
app.UseMetricsEndpoint();
app.UseAuthentication();
app.UseMiddleware<ApiBearerAuthentication>();
app.UseMiddleware<CorrelationMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();

app.MapOpenApi();
app.MapHealthEndpoints();
app.MapRecommendationsApi();
app.MapOutcomesApi();
app.MapReportPages();
app.MapTeamsChannel();
app.MapSlackChannel();
app.MapSitePages();

await app.RunAsync();
return 0;

/// <summary>The host's entry point; public and partial so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
