namespace FlowBuilder.Server.CallCentre.Extensions;

/// <summary>One scheduled forward, in requests and answers: <c>{ "days": ["mon","tue"], "from": "18:00", "to": "08:00", "target": "+15551234" }</c>.
/// Times are HH:mm in the forwarding's time zone; <c>to</c> before <c>from</c> spans midnight.</summary>
internal sealed record ScheduleEntryBody(IReadOnlyList<string>? Days, string? From, string? To, string? Target);
