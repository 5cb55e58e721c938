using System.Text.Json;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Campaigns.Dialing;

/// <summary>An answered attempt's result as stored (JSON text) and whether it is a conversion, as <see cref="Campaign"/> defines it.</summary>
internal static class CampaignResult
{
    public static string? ToJson(object? result) => result is null ? null : FlowValues.ToCompactJson(result);

    /// <summary>True when the result is one of the campaign's conversion results (case-insensitive), or an object whose
    /// <c>converted</c> is true.</summary>
    public static bool IsConversion(Campaign campaign, object? result)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        switch (result)
        {
            case null:
                return false;
            case string text:
                return campaign.ConversionResults.Any(c => string.Equals(c, text.Trim(), StringComparison.OrdinalIgnoreCase));
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue("converted", out var flag) && flag is true;
            case IDictionary<string, object?> map:
                return map.TryGetValue("converted", out var value) && value is true;
            case JsonElement element:
                return element.ValueKind switch
                {
                    JsonValueKind.String => IsConversion(campaign, element.GetString()),
                    JsonValueKind.Object => element.TryGetProperty("converted", out var converted) && converted.ValueKind == JsonValueKind.True,
                    _ => false,
                };
            default:
                return false;
        }
    }
}
