using ModelStrategy.Core.Constraints;
namespace ModelStrategy.Core.Triage;
/// <summary>Temporary local placeholder until the triage branch merges (never committed).</summary>
public static class TriageParser
{
    /// <summary>Placeholder.</summary>
    public static TriageResult Parse(string? text) => new(new ProjectConstraints { UseCase = text }, []);
}
