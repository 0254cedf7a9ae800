using System.Runtime.CompilerServices;
using ModelStrategy.Core.Estimation.Serving;
using ModelStrategy.Core.Formatting;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Estimation;

/// <summary>The numbers of one path's estimate; the lists are filled only for a detailed estimate.</summary>
internal sealed class PathEstimate(PathId path, bool detailed) : IDetailSink
{
    public PathId Path { get; private set; } = path;

    public bool Detailed { get; } = detailed;

    public Spread Compute { get; set; }

    public Spread Data { get; set; }

    public Spread People { get; set; }

    public Spread Run { get; set; }

    public Spread Timeline { get; private set; }

    /// <summary>Team-weeks actually worked: waiting phases (approvals, reviews, procurement) count in part.</summary>
    public Spread StaffedWeeks { get; private set; }

    public Spread Total => Compute + Data + People + Run;

    public ServingChoice Serving { get; set; }

    /// <summary>Parameters of the model that is trained (0 when none is).</summary>
    public double TrainedParameters { get; set; }

    /// <summary>Training GPU-hours of one run (0 when nothing is trained).</summary>
    public double GpuHoursPerRun { get; set; }

    public List<Phase> Phases => _phases ??= [];

    public List<CostComponent> Components => _components ??= [];

    public List<Assumption> Assumptions => _assumptions ??= [];

    private List<Phase>? _phases;
    private List<CostComponent>? _components;
    private List<Assumption>? _assumptions;

    /// <summary>
    /// Makes a brief estimate ready to be filled again for <paramref name="path"/>: every figure back to zero. The flip
    /// search fills one estimate over and over instead of allocating one per candidate and path.
    /// </summary>
    /// <exception cref="InvalidOperationException">The estimate is detailed (its texts belong to a recommendation).</exception>
    public void Restart(PathId path)
    {
        if (Detailed)
        {
            throw new InvalidOperationException("Only brief estimates are reused.");
        }

        Path = path;
        (Compute, Data, People, Run, Timeline, StaffedWeeks) = (default, default, default, default, default, default);
        Serving = default;
        (TrainedParameters, GpuHoursPerRun) = (0, 0);
    }

    public void AddPhase(string name, Spread weeks, double staffing = 1)
    {
        if (weeks.Median <= 0)
        {
            return;
        }

        Timeline += weeks;
        StaffedWeeks += weeks * staffing;
        if (Detailed)
        {
            Phases.Add(new Phase(name, Round(weeks.P10), Round(weeks.P50), Round(weeks.P90)));
        }
    }

    public void Assume(Figure figure)
    {
        if (Detailed)
        {
            AddOnce(figure);
        }
    }

    // Kept apart so that the fast path does not pay for the lambda's closure.
    private void AddOnce(Figure figure)
    {
        if (!Assumptions.Exists(a => a.Name == figure.Name))
        {
            Assumptions.Add(figure.ToAssumption());
        }
    }

    public void Assume(string name, double value, string unit, [InterpolatedStringHandlerArgument("")] ref DetailText basis)
    {
        if (Detailed)
        {
            Assumptions.Add(new Assumption(name, value, unit, value, value, basis.ToStringAndClear(), Assumption.Computed, "D"));
        }
    }

    public void AddPhase([InterpolatedStringHandlerArgument("")] ref DetailText name, Spread weeks, double staffing) =>
        AddPhase(name.ToStringAndClear(), weeks, staffing);

    public void Assume(string name, double value, string unit, string basis)
    {
        if (Detailed)
        {
            Assumptions.Add(new Assumption(name, value, unit, value, value, basis, Assumption.Computed, "D"));
        }
    }

    public void Describe(string category, string label, Spread cost, [InterpolatedStringHandlerArgument("")] ref DetailText basis)
    {
        if (Detailed)
        {
            Describe(category, label, cost, basis.ToStringAndClear());
        }
    }

    public void Describe(string category, string label, Spread cost, string basis)
    {
        if (Detailed && cost.Median > 0)
        {
            Components.Add(new CostComponent(category, label, Math.Round(cost.P10), Math.Round(cost.P50), Math.Round(cost.P90), basis));
        }
    }

    public void Describe(string category, [InterpolatedStringHandlerArgument("")] ref DetailText label, Spread cost, [InterpolatedStringHandlerArgument("")] ref DetailText basis)
    {
        if (Detailed && cost.Median > 0)
        {
            Describe(category, label.ToStringAndClear(), cost, basis.ToStringAndClear());
        }
    }

    private static double Round(double weeks) => Math.Round(weeks, 1);
}
