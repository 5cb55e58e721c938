using FlowBuilder.Engine.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Notifications;

/// <summary>What a subscription's fields must be; each check answers the 422 naming the field, or null when fine.</summary>
internal static class SubscriptionRules
{
    public const string AllEvents = "*";
    public const int MaxDescription = 500;

    public static ProblemHttpResult? CheckUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return SubscriptionProblems.Invalid("$.url", "url is required: the absolute http or https address events are POSTed to, e.g. \"https://example.com/hooks/flowbuilder\".");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return SubscriptionProblems.Invalid("$.url", $"url '{url}' is not an absolute http or https address; give one like \"https://example.com/hooks/flowbuilder\".");
        return null;
    }

    public static ProblemHttpResult? CheckEvents(List<string>? events)
    {
        if (events is null || events.Count == 0)
            return SubscriptionProblems.Invalid("$.events", $"events is required: a list of event types ({string.Join(", ", EventTypes.All)}) or [\"*\"] for all.", ("known", EventTypes.All));
        for (var i = 0; i < events.Count; i++)
        {
            var type = events[i];
            if (type != AllEvents && !EventTypes.All.Contains(type))
                return SubscriptionProblems.Invalid($"$.events[{i}]", $"'{type}' is not an event type. Known: {string.Join(", ", EventTypes.All)}, or \"*\" for all.", ("known", EventTypes.All));
        }
        return null;
    }

    public static ProblemHttpResult? CheckDescription(string? description) =>
        description is { Length: > MaxDescription }
            ? SubscriptionProblems.Invalid("$.description", $"description is {description.Length} characters long; keep it to {MaxDescription}.")
            : null;

    public static IReadOnlyList<string> Normalize(List<string> events) =>
        events.Contains(AllEvents) ? [AllEvents] : events.Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A new signing secret: <c>whsec_</c> and 32 random bytes in hex.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
