namespace ModelStrategy.Channels.Teams.Tests.Cards;

/// <summary>The shared schemas: ../shared/schemas beside the repository root (the folder holding ModelStrategy.Bot.sln).</summary>
internal static class SharedSchemas
{
    public static string AdaptiveCard => Path.Combine(Folder, "adaptive-card-1.5.schema.json");

    public static string TeamsHostConfig => Path.Combine(Folder, "teams-hostconfig-light.json");

    private static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ModelStrategy.Bot.sln")))
            {
                dir = dir.Parent;
            }

            Assert.NotNull(dir);
            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "schemas"));
        }
    }
}
