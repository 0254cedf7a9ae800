namespace ModelStrategy.Deployment.Tests;

/// <summary>Runs manifests/build.sh once for a test host into a temporary directory (deleted afterwards).</summary>
public sealed class ManifestBuild : IAsyncLifetime
{
    public const string Host = "modelstrat-bot.example-env.westeurope.azurecontainerapps.io";
    public const string BotId = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b";
    public const string AppId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    public string OutputDirectory { get; } = Path.Combine(Path.GetTempPath(), "ms-deploy-tests", Guid.NewGuid().ToString("N"));

    public string TeamsPackage => Path.Combine(OutputDirectory, "modelstrategy-teams.zip");

    public string SlackManifest => Path.Combine(OutputDirectory, "slack-manifest.yaml");

    /// <summary>Whether the repository has a Slack manifest template to build from yet.</summary>
    public static bool HasSlackTemplate => File.Exists(RepositoryFiles.PathOf("manifests", "slack", "manifest.yaml"));

    internal ProcessRunner.Result? Result { get; private set; }

    internal static Task<ProcessRunner.Result> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("bash", [RepositoryFiles.PathOf("manifests", "build.sh"), .. arguments], RepositoryFiles.Root,
            new Dictionary<string, string> { ["BOT_ID"] = string.Empty, ["Teams__AppId"] = string.Empty, ["TEAMS_APP_ID"] = string.Empty });

    public async Task InitializeAsync() =>
        Result = await RunAsync($"https://{Host}/", "--bot-id", BotId, "--app-id", AppId, "--out", OutputDirectory);

    public Task DisposeAsync()
    {
        if (Directory.Exists(OutputDirectory))
        {
            Directory.Delete(OutputDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
