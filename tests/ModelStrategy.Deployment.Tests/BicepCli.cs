namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package that this test project downloads at restore
/// (PackageDownload): found in NUGET_PACKAGES or ~/.nuget/packages, made executable, run as a process.
/// </summary>
internal static class BicepCli
{
    public const string Version = "0.49.2";

    private const string PackageId = "azure.bicep.commandline.linux-x64";

    public static string Path { get; } = Locate();

    public static Task<ProcessRunner.Result> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    public static Task<ProcessRunner.Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        ProcessRunner.RunAsync(Path, arguments, RepositoryFiles.PathOf("infra"), environment);

    private static string Locate()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var binary = System.IO.Path.Combine(packages, PackageId, Version, "tools", "bicep");
        if (!File.Exists(binary))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is restored by this test project (PackageDownload {PackageId} {Version}); run dotnet restore.", binary);
        }

        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(binary);
            File.SetUnixFileMode(binary, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return binary;
    }
}
