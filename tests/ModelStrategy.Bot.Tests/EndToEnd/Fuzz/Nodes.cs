using System.Text.Json.Nodes;

namespace ModelStrategy.Bot.Tests.EndToEnd.Fuzz;

/// <summary>Picks and rewrites one slot (an object property or an array item) of a JSON tree.</summary>
internal static class Nodes
{
    /// <summary>A random slot of the tree: its parent and either its property name or its array index.</summary>
    public static (JsonNode? Parent, string? Key, int Index) PickSlot(JsonNode tree, Random random)
    {
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(tree, slots);
        return slots.Count == 0 ? (null, null, -1) : slots[random.Next(slots.Count)];
    }

    public static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }
    }

    public static void Remove(JsonNode parent, string? key, int index)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove(key!);
        }
        else
        {
            ((JsonArray)parent).RemoveAt(index);
        }
    }

    private static void Collect(JsonNode? node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    slots.Add((obj, key, -1));
                    Collect(child, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }
}
