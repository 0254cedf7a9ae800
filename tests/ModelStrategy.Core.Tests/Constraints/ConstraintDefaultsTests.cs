using ModelStrategy.Core.Constraints;

namespace ModelStrategy.Core.Tests.Constraints;

public sealed class ConstraintDefaultsTests
{
    [Fact]
    public void Resolve_Empty_DefaultsEveryFieldButUseCaseAndErrorRate()
    {
        var (resolved, defaults) = ConstraintDefaults.Resolve(new ProjectConstraints());

        Assert.Equal(ConstraintFields.All.Count - 2, defaults.Count);
        Assert.All(defaults, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        Assert.Null(resolved.BaselineErrorRatePct);
        Assert.Equal(string.Empty, resolved.UseCase);
    }

    [Fact]
    public void Resolve_GivenField_IsNotListedAsDefaulted()
    {
        var (resolved, defaults) = ConstraintDefaults.Resolve(new ProjectConstraints { BudgetUsd = 12_345, Need = Need.Behavior });

        Assert.Equal(12_345, resolved.BudgetUsd);
        Assert.Equal(Need.Behavior, resolved.Need);
        Assert.DoesNotContain(defaults, d => d.Field is ConstraintFields.BudgetUsd or ConstraintFields.Need);
    }

    [Fact]
    public void Resolve_DefaultValues_ShowTheValueThatWasUsed()
    {
        var (resolved, defaults) = ConstraintDefaults.Resolve(new ProjectConstraints());

        Assert.Equal(resolved.BudgetUsd.ToString(System.Globalization.CultureInfo.InvariantCulture), defaults.Single(d => d.Field == ConstraintFields.BudgetUsd).Value);
        Assert.Equal(WireName.Of(resolved.Need), defaults.Single(d => d.Field == ConstraintFields.Need).Value);
    }

    [Fact]
    public void ToProjectConstraints_RoundTripsThroughResolve()
    {
        var (resolved, _) = ConstraintDefaults.Resolve(new ProjectConstraints { UseCase = "x", BaselineErrorRatePct = 7 });

        var (again, defaults) = ConstraintDefaults.Resolve(resolved.ToProjectConstraints());

        Assert.Equal(resolved, again);
        Assert.Empty(defaults);
    }
}
