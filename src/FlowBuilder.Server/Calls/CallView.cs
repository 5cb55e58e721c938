using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Server.Calls;

/// <summary>A call leg: in progress (<c>status</c> ringing or answered) or ended (with its CDR fields).</summary>
internal sealed record CallView(
    string CallId,
    string Status,
    string Channel,
    string Direction,
    string From,
    string To,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    string? Disposition,
    string? HangupCause,
    int? SipStatus,
    int? BillableSeconds,
    string? FlowId,
    string? InstanceId,
    string? Trunk)
{
    public static CallView Live(CallInfo call) => new(
        call.Id, call.AnsweredAt is null ? "ringing" : "answered", call.Channel, Name(call.Direction), call.From, call.To, call.StartedAt, call.AnsweredAt,
        null, null, null, null, null, null, null, null);

    public static CallView Ended(CallDetailRecord record) => new(
        record.CallId, "ended", record.Channel, Name(record.Direction), record.From, record.To, record.StartedAt, record.AnsweredAt, record.EndedAt,
        Kebab(record.Disposition.ToString()), Kebab(record.Cause.ToString()), record.SipStatus, record.BillableSeconds, record.FlowId, record.InstanceId, record.Trunk);

    private static string Name(CallDirection direction) => direction == CallDirection.Inbound ? "inbound" : "outbound";

    /// <summary><c>NoAnswer</c> → <c>no-answer</c>, as flows name Dial's outcomes.</summary>
    internal static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
