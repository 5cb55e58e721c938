using System.Text.RegularExpressions;

namespace FlowBuilder.Engine.Billing;

/// <summary>The metrics FlowBuilder counts by itself; flows count their own with the Record Metric activity.</summary>
public static partial class BillingMetrics
{
    /// <summary>One per SMS part accepted by the gateway.</summary>
    public const string SmsSent = "sms.sent";

    /// <summary>One per click-to-call request that ended with both parties connected.</summary>
    public const string ClickToCallCompleted = "click-to-call.completed";

    /// <summary>Characters of text spoken by TTS in calls.</summary>
    public const string TtsCharacters = "tts.characters";

    /// <summary>One per HTTP request a flow makes (the HTTP request / webhook activity).</summary>
    public const string WebhookCalls = "webhook.calls";

    public static readonly IReadOnlyList<string> BuiltIn = [SmsSent, ClickToCallCompleted, TtsCharacters, WebhookCalls];

    /// <summary>Whether <paramref name="metric"/> is a valid metric name.</summary>
    public static bool IsValidName(string? metric) => metric is not null && NamePattern().IsMatch(metric);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
