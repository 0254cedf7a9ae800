using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Recommendations;

/// <summary>
/// A constraint that was not given, whose assumed value decides the answer: another typical value would recommend
/// another path.
/// </summary>
/// <param name="Field">The constraint field.</param>
/// <param name="Assumed">The assumed value (wire form).</param>
/// <param name="Alternative">The nearest typical value that changes the path (wire form).</param>
/// <param name="NewPath">The path that value would recommend.</param>
/// <param name="Line">The sentence, e.g. "I assumed no labelled data; with about 2k labelled examples the recommendation would change to: Fine-tune with LoRA/QLoRA."</param>
public sealed record DecisiveAssumption(string Field, string Assumed, string Alternative, PathId NewPath, string Line);
