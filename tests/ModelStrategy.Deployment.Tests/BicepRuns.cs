namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// One Bicep CLI build and one lint over every template in infra/ (each CLI start costs seconds, so the tests
/// share these runs), the build written to a temporary directory, mirroring infra/.
/// </summary>
internal static class BicepRuns
{
    private const string Pattern = "**/*.bicep";

    private static readonly Lazy<Task<(ProcessRunner.Result Result, string OutputDirectory)>> BuildRun = new(BuildAllAsync);
    private static readonly Lazy<Task<ProcessRunner.Result>> LintRun = new(() => BicepCli.RunAsync("lint", "--pattern", Pattern));

    /// <summary>The templates, relative to infra/ with forward slashes.</summary>
    public static IReadOnlyList<string> Templates { get; } =
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryFiles.PathOf("infra"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static Task<(ProcessRunner.Result Result, string OutputDirectory)> BuildAsync() => BuildRun.Value;

    public static Task<ProcessRunner.Result> LintAsync() => LintRun.Value;

    private static async Task<(ProcessRunner.Result, string)> BuildAllAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "ms-deploy-tests", "bicep-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        var result = await BicepCli.RunAsync("build", "--pattern", Pattern, "--outdir", output);
        return (result, output);
    }
}
