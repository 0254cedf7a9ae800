namespace ModelStrategy.Core.Reviews;

/// <summary>
/// Coarse bands of a time to launch (under 4 weeks, 4–8 weeks, 2–3 months, …), each about twice the one before: a
/// move into another band is one a team would notice in its plans.
/// </summary>
public static class TimelineBands
{
    private static readonly (double Weeks, string Name)[] Bands =
    [
        (4, "under 4 weeks"), (8, "4–8 weeks"), (13, "2–3 months"), (26, "3–6 months"), (52, "6–12 months"), (104, "1–2 years"),
    ];

    /// <summary>The band of <paramref name="weeks"/>, e.g. "4–8 weeks" or "2 years or more".</summary>
    public static string Of(double weeks)
    {
        foreach (var (edge, name) in Bands)
        {
            if (weeks < edge)
            {
                return name;
            }
        }

        return "2 years or more";
    }
}
