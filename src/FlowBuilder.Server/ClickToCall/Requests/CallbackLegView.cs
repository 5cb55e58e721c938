using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>One real call of a request, with its CDR (null until the call ended, or when it was never placed).</summary>
internal sealed record CallbackLegView(
    int Attempt,
    CallbackLegSide Side,
    string? CallId,
    string Number,
    string Outcome,
    DateTimeOffset StartedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    int? SipStatus,
    string? AnsweredBy,
    CallRecordView? Cdr)
{
    public static CallbackLegView From(CallbackLeg leg, CallRecordView? cdr) =>
        new(leg.Attempt, leg.Side, leg.CallId, leg.Number, leg.Outcome, leg.StartedAt, leg.AnsweredAt, leg.EndedAt, leg.SipStatus, leg.AnsweredBy, cdr);
}
