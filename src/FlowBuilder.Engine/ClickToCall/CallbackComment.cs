namespace FlowBuilder.Engine.ClickToCall;

/// <summary>A comment on a request; <see cref="Fields"/> hold the values the <see cref="Type"/>'s fields asked for, as text
/// in invariant form (numbers 12.5, dates 2026-12-06, date-times ISO 8601 with offset, booleans true/false).</summary>
public sealed record CallbackComment(
    string Id,
    string RequestId,
    string Type,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    string Author,
    DateTimeOffset CreatedAt);
