using System.Globalization;
using System.Text.Json;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Campaigns.ClickToCall.Dispatch;

/// <summary>An attempt's flow result as the template's control.end writes it: <c>{ status, reason?, client:{callId, outcome, startedAt?,
/// sipStatus?, answeredAt?}, company:{callId, outcome, startedAt?, sipStatus?, answeredBy?, answeredAt?}, talkSeconds? }</c>.
/// <see cref="Status"/> is null when the flow ended without a recognisable one.</summary>
internal sealed record ClickToCallFlowResult(string? Status, string? Reason, LegResult? Client, LegResult? Company, double TalkSeconds)
{
    public const string Completed = "completed";
    public const string FailedCallingClient = "failed-calling-client";
    public const string FailedCallingCompany = "failed-calling-company";

    public static ClickToCallFlowResult Read(object? result)
    {
        if (result is null) return new(null, null, null, null, 0);
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(FlowValues.ToCompactJson(result)).RootElement;
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return new(null, null, null, null, 0);
        }
        if (root.ValueKind == JsonValueKind.String) return new(Known(root.GetString()), null, null, null, 0);
        if (root.ValueKind != JsonValueKind.Object) return new(null, null, null, null, 0);
        return new(
            Known(Text(root, "status")),
            Text(root, "reason"),
            Leg(root, "client"),
            Leg(root, "company"),
            Number(root, "talkSeconds") ?? 0);
    }

    private static string? Known(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        Completed => Completed,
        FailedCallingClient => FailedCallingClient,
        FailedCallingCompany => FailedCallingCompany,
        _ => null,
    };

    private static LegResult? Leg(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var leg) || leg.ValueKind != JsonValueKind.Object) return null;
        return new LegResult(
            NullIfEmpty(Text(leg, "callId")),
            NullIfEmpty(Text(leg, "outcome")) ?? "not-dialled",
            Number(leg, "sipStatus") is { } sip ? (int)sip : null,
            NullIfEmpty(Text(leg, "answeredBy")),
            Time(leg, "answeredAt"),
            Time(leg, "startedAt"));
    }

    private static DateTimeOffset? Time(JsonElement element, string name) =>
        DateTimeOffset.TryParse(Text(element, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number) ? number
        : element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
            && double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) || text == "null" || text == "undefined" ? null : text.Trim();
}

