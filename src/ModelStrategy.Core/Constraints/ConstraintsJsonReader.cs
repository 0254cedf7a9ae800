using System.Text.Json;

namespace ModelStrategy.Core.Constraints;

/// <summary>
/// Reads a constraints object (or <c>{"text": …}</c>) from JSON, collecting one error per bad field
/// instead of stopping at the first, so a client learns everything that is wrong at once.
/// </summary>
public static class ConstraintsJsonReader
{
    /// <summary>JSON name of the quick-triage text field.</summary>
    public const string TextField = "text";

    /// <summary>Longest accepted quick-triage text.</summary>
    public const int MaxTextLength = FreeText.MaxLength;

    /// <summary>Reads <paramref name="body"/>, which must be a JSON object.</summary>
    public static ConstraintsReadResult Read(JsonElement body)
    {
        var errors = new List<FieldError>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("$", "the body must be a JSON object", "a constraints object or {\"text\": \"…\"}"));
            return new ConstraintsReadResult(new ProjectConstraints(), null, errors);
        }

        var c = new ProjectConstraints();
        string? text = null;
        foreach (var property in body.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (string.Equals(property.Name, TextField, StringComparison.OrdinalIgnoreCase))
            {
                text = ReadText(property.Value, errors);
                continue;
            }

            var field = ConstraintFields.All.FirstOrDefault(f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                errors.Add(new FieldError(property.Name, "is not a known field", string.Join(", ", ConstraintFields.All.Append(TextField))));
                continue;
            }

            c = ReadField(c, field, property.Value, errors);
        }

        errors.AddRange(ConstraintsValidator.Validate(c));
        return new ConstraintsReadResult(c, text, errors);
    }

    private static string? ReadText(JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(TextField, "must be a string", $"free text of at most {MaxTextLength} characters"));
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > MaxTextLength)
        {
            errors.Add(new FieldError(TextField, $"is {text.Length} characters long", $"at most {MaxTextLength} characters"));
            return null;
        }

        return text;
    }

    private static ProjectConstraints ReadField(ProjectConstraints c, string field, JsonElement value, List<FieldError> errors) => field switch
    {
        ConstraintFields.UseCase => c with { UseCase = String(field, value, errors) },
        ConstraintFields.TaskType => c with { TaskType = Enum<TaskType>(field, value, errors) },
        ConstraintFields.Need => c with { Need = Enum<Need>(field, value, errors) },
        ConstraintFields.KnowledgeChange => c with { KnowledgeChange = Enum<KnowledgeChange>(field, value, errors) },
        ConstraintFields.LabeledExamples => c with { LabeledExamples = Integer(field, value, errors, "an integer ≥ 0") },
        ConstraintFields.DomainCorpusTokens => c with { DomainCorpusTokens = Number(field, value, errors) },
        ConstraintFields.DataQuality => c with { DataQuality = Enum<DataQuality>(field, value, errors) },
        ConstraintFields.DomainNovelty => c with { DomainNovelty = Integer(field, value, errors, "an integer from 0 to 5") },
        ConstraintFields.BudgetUsd => c with { BudgetUsd = Number(field, value, errors) },
        ConstraintFields.DeadlineWeeks => c with { DeadlineWeeks = Number(field, value, errors) },
        ConstraintFields.LatencyP95Ms => c with { LatencyP95Ms = Number(field, value, errors) },
        ConstraintFields.RequestsPerDay => c with { RequestsPerDay = Number(field, value, errors) },
        ConstraintFields.DataSensitivity => c with { DataSensitivity = Enum<DataSensitivity>(field, value, errors) },
        ConstraintFields.Governance => c with { Governance = Integer(field, value, errors, "an integer from 0 to 5") },
        ConstraintFields.Control => c with { Control = Integer(field, value, errors, "an integer from 0 to 5") },
        ConstraintFields.MlExpertise => c with { MlExpertise = Enum<MlExpertise>(field, value, errors) },
        ConstraintFields.Baseline => c with { Baseline = Enum<Baseline>(field, value, errors) },
        ConstraintFields.BaselineErrorRatePct => c with { BaselineErrorRatePct = Number(field, value, errors) },
        _ => c,
    };

    private static string? String(string field, JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add(new FieldError(field, "must be a string", $"text of at most {ConstraintsValidator.MaxUseCaseLength} characters"));
        return null;
    }

    private static TEnum? Enum<TEnum>(string field, JsonElement value, List<FieldError> errors) where TEnum : struct, System.Enum
    {
        if (value.ValueKind == JsonValueKind.String && WireName.TryParse<TEnum>(value.GetString(), out var parsed))
        {
            return parsed;
        }

        var shown = value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\" is not one of the allowed values" : "must be a string";
        errors.Add(new FieldError(field, shown, string.Join(", ", WireName.All<TEnum>())));
        return null;
    }

    private static double? Number(string field, JsonElement value, List<FieldError> errors)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(new FieldError(field, "must be a number", "a JSON number"));
        return null;
    }

    private static int? Integer(string field, JsonElement value, List<FieldError> errors, string allowed)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && d == Math.Floor(d) && d > int.MaxValue)
        {
            errors.Add(new FieldError(field, $"{d:G} is out of range", allowed));
            return null;
        }

        errors.Add(new FieldError(field, "must be an integer", allowed));
        return null;
    }
}
