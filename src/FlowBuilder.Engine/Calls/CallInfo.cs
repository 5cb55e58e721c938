namespace FlowBuilder.Engine.Calls;

/// <summary>What a flow knows of one call leg (shown to flows as <c>trigger.call</c> and Dial's outputs).</summary>
/// <param name="Id">Unique per leg, prefixed with the channel: <c>sip-…</c>, <c>simulator-…</c>.</param>
/// <param name="From">The caller's number or user part.</param>
/// <param name="To">The dialled number.</param>
public sealed record CallInfo(
    string Id,
    string Channel,
    CallDirection Direction,
    string From,
    string To,
    DateTimeOffset StartedAt)
{
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>The value flows see: <c>{ id, channel, direction, from, to, startedAt, answeredAt }</c>.</summary>
    public Dictionary<string, object?> ToFlowValue() => new(StringComparer.Ordinal)
    {
        ["id"] = Id,
        ["channel"] = Channel,
        ["direction"] = Direction == CallDirection.Inbound ? "inbound" : "outbound",
        ["from"] = From,
        ["to"] = To,
        ["startedAt"] = StartedAt.ToString("O"),
        ["answeredAt"] = AnsweredAt?.ToString("O"),
    };
}
