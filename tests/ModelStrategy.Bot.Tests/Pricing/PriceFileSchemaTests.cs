using System.Text.Json.Nodes;
using ModelStrategy.Bot.Pricing;
using ModelStrategy.Tests.Shared.Repository;
using ModelStrategy.Core.Pricing;
using NJsonSchema;

namespace ModelStrategy.Bot.Tests.Pricing;

/// <summary>The price file's JSON Schema (docs/schemas/price-book.schema.json) against the built-in book and the reader.</summary>
public sealed class PriceFileSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFileAsync(RepositoryFiles.PathOf(PriceFileWriter.SchemaPath.Split('/'))).GetAwaiter().GetResult());

    [Fact]
    public void ExportedBuiltInBook_ValidatesAgainstTheSchema()
    {
        var errors = Schema.Value.Validate(PriceFiles.BuiltInJson);

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
    }

    [Fact]
    public void Schema_ListsExactlyTheBookPricesEachWithItsUnit()
    {
        var schema = JsonNode.Parse(RepositoryFiles.Read(PriceFileWriter.SchemaPath.Split('/')))!;
        var properties = schema["properties"]!.AsObject();

        var prices = properties.Where(p => p.Key is not ("$schema" or "version" or "asOf")).ToList();

        Assert.Equal(PriceBook.BuiltIn.Entries.Select(e => e.Id), prices.Select(p => p.Key));
        Assert.All(PriceBook.BuiltIn.Entries, e =>
        {
            var definition = properties[e.Id]!["$ref"]!.GetValue<string>().Split('/')[^1];
            var unit = schema["definitions"]![definition]!["allOf"]![1]!["properties"]!["unit"]!["enum"]![0]!.GetValue<string>();
            Assert.Equal(e.Figure.Unit, unit);
        });
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { Edit(o => o["gpu.h100.onDemand"]!["value"] = 0), "gpu.h100.onDemand.value" },
        { Edit(o => o["gpu.h100.onDemand"]!["high"] = 2e6), "gpu.h100.onDemand.high" },
        { Edit(o => o["gpu.h100.onDemand"]!["unit"] = "EUR/GPU-hour"), "gpu.h100.onDemand.unit" },
        { Edit(o => o["gpu.h100.onDemand"]!["grade"] = "E"), "gpu.h100.onDemand.grade" },
        { Edit(o => o["gpu.h100.onDemand"]!["asOf"] = "last week"), "gpu.h100.onDemand.asOf" },
        { Edit(o => o["gpu.h100.onDemand"]!["value"] = "2.75"), "gpu.h100.onDemand.value" },
        { Edit(o => o["gpu.h100.onDemand"]!["source"] = ""), "gpu.h100.onDemand.source" },
        { Edit(o => o["gpu.h100.onDemand"]!.AsObject().Remove("source")), "gpu.h100.onDemand.source" },
        { Edit(o => o["gpu.h100.onDemand"]!["price"] = 3), "gpu.h100.onDemand.price" },
        { Edit(o => o["gpu.h200.onDemand"] = o["gpu.h100.onDemand"]!.DeepClone()), "gpu.h200.onDemand" },
        { Edit(o => o["version"] = 2026), "version" },
        { Edit(o => o["version"] = "book 2026"), "version" },
        { Edit(o => o.Remove("version")), "version" },
        { Edit(o => o["asOf"] = "2026-11"), "asOf" },
    };

    /// <summary>Every kind of mistake the schema can express, the reader refuses too, naming the same entry and field.</summary>
    [Theory]
    [MemberData(nameof(BadFiles))]
    public void BadFile_RefusedByTheSchemaAndByTheReader(string json, string field)
    {
        var schemaErrors = Schema.Value.Validate(json);
        var reader = PriceFileReader.Read(json, PriceFileFormat.Json);

        Assert.NotEmpty(schemaErrors);
        Assert.Null(reader.Book);
        Assert.Contains(reader.Errors, e => e.StartsWith(field + ":", StringComparison.Ordinal) || e.StartsWith(field + " ", StringComparison.Ordinal));
    }

    private static string Edit(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(PriceFiles.BuiltInJson)!.AsObject();
        file["version"] = "2026-12";
        change(file);
        return file.ToJsonString();
    }
}
