using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Outcomes;

/// <summary>A path as people type it ("rag", "LoRA", "full fine-tuning", "the recommended one") or as a button sends it.</summary>
internal static class PathNames
{
    private static readonly Dictionary<string, PathId> Aliases = new(StringComparer.Ordinal)
    {
        ["prompt"] = PathId.Prompting, ["prompts"] = PathId.Prompting, ["promptengineering"] = PathId.Prompting,
        ["lora"] = PathId.Peft, ["qlora"] = PathId.Peft, ["finetuning"] = PathId.Peft, ["finetune"] = PathId.Peft,
        ["hybrid"] = PathId.RagPeft, ["raglora"] = PathId.RagPeft, ["ragpluslora"] = PathId.RagPeft,
        ["fullfinetuning"] = PathId.FullFineTune, ["pretraining"] = PathId.ContinuedPretraining, ["scratch"] = PathId.FromScratch,
    };

    /// <summary>The path <paramref name="text"/> names; <paramref name="recommended"/> for "recommended"; null when it names none.</summary>
    public static PathId? Read(string text, PathId recommended)
    {
        var key = Normal(text);
        if (key.Length == 0)
        {
            return null;
        }

        if (key is "recommended" or "therecommendedone" or "therecommendedpath" or "recommendedpath" or "yoursuggestion")
        {
            return recommended;
        }

        foreach (var path in PathCatalog.All)
        {
            if (key == Normal(Constraints.WireName.Of(path.Id)) || key == Normal(path.ShortName) || key == Normal(path.Name))
            {
                return path.Id;
            }
        }

        return Aliases.TryGetValue(key, out var alias) ? alias : null;
    }

    private static string Normal(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
