using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>One leg of one attempt; (request, attempt, side) is the key, so an attempt's legs are written once.</summary>
internal sealed class CallbackLegRow
{
    public string CompanyId { get; set; } = "";
    public string RequestId { get; set; } = "";
    public int Attempt { get; set; }
    public CallbackLegSide Side { get; set; }
    public string? CallId { get; set; }
    public string Number { get; set; } = "";
    public string Outcome { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public int? SipStatus { get; set; }
    public string? AnsweredBy { get; set; }

    public static CallbackLegRow Of(string companyId, CallbackLeg leg) => new()
    {
        CompanyId = companyId,
        RequestId = leg.RequestId,
        Attempt = leg.Attempt,
        Side = leg.Side,
        CallId = leg.CallId,
        Number = leg.Number,
        Outcome = leg.Outcome,
        StartedAt = leg.StartedAt,
        AnsweredAt = leg.AnsweredAt,
        EndedAt = leg.EndedAt,
        SipStatus = leg.SipStatus,
        AnsweredBy = leg.AnsweredBy,
    };

    public CallbackLeg ToLeg() => new(RequestId, Attempt, Side, CallId, Number, Outcome, StartedAt)
    {
        AnsweredAt = AnsweredAt,
        EndedAt = EndedAt,
        SipStatus = SipStatus,
        AnsweredBy = AnsweredBy,
    };
}
