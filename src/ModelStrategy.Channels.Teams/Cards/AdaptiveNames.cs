using System.Text.Json;

namespace ModelStrategy.Channels.Teams.Cards;

/// <summary>The property names of Adaptive Card JSON, encoded once for <see cref="Utf8JsonWriter"/>.</summary>
internal static class AdaptiveNames
{
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("$schema");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText MsTeams = JsonEncodedText.Encode("msteams");
    public static readonly JsonEncodedText Width = JsonEncodedText.Encode("width");
    public static readonly JsonEncodedText FallbackText = JsonEncodedText.Encode("fallbackText");
    public static readonly JsonEncodedText Body = JsonEncodedText.Encode("body");
    public static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    public static readonly JsonEncodedText Wrap = JsonEncodedText.Encode("wrap");
    public static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
    public static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    public static readonly JsonEncodedText Color = JsonEncodedText.Encode("color");
    public static readonly JsonEncodedText IsSubtle = JsonEncodedText.Encode("isSubtle");
    public static readonly JsonEncodedText Spacing = JsonEncodedText.Encode("spacing");
    public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
    public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    public static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");
    public static readonly JsonEncodedText IsVisible = JsonEncodedText.Encode("isVisible");
    public static readonly JsonEncodedText Columns = JsonEncodedText.Encode("columns");
    public static readonly JsonEncodedText VerticalContentAlignment = JsonEncodedText.Encode("verticalContentAlignment");
    public static readonly JsonEncodedText Facts = JsonEncodedText.Encode("facts");
    public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    public static readonly JsonEncodedText Verb = JsonEncodedText.Encode("verb");
    public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    public static readonly JsonEncodedText AssociatedInputs = JsonEncodedText.Encode("associatedInputs");
    public static readonly JsonEncodedText Mode = JsonEncodedText.Encode("mode");
    public static readonly JsonEncodedText Fallback = JsonEncodedText.Encode("fallback");
    public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    public static readonly JsonEncodedText TargetElements = JsonEncodedText.Encode("targetElements");
    public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    public static readonly JsonEncodedText Choices = JsonEncodedText.Encode("choices");
    public static readonly JsonEncodedText Placeholder = JsonEncodedText.Encode("placeholder");
    public static readonly JsonEncodedText IsRequired = JsonEncodedText.Encode("isRequired");
    public static readonly JsonEncodedText ErrorMessage = JsonEncodedText.Encode("errorMessage");
    public static readonly JsonEncodedText MaxLength = JsonEncodedText.Encode("maxLength");
    public static readonly JsonEncodedText Action = JsonEncodedText.Encode(ActionData.Action);
    public static readonly JsonEncodedText DialogId = JsonEncodedText.Encode(ActionData.DialogId);
    public static readonly JsonEncodedText StepId = JsonEncodedText.Encode(ActionData.StepId);
    public static readonly JsonEncodedText CardVersion = JsonEncodedText.Encode(ActionData.CardVersion);
}
