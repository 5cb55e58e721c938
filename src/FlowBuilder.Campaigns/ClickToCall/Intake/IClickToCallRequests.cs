using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Intake;

/// <summary>Takes requests from banners and operators' call-backs.</summary>
public interface IClickToCallRequests
{
    /// <summary>
    /// Checks a banner's submission in this order and refuses at the first failure: campaign key, status, origin, consent,
    /// rate limits (per client number, per source address), number (normalised to E.164 in the campaign's default country),
    /// do-not-call, company tariff has a rate for the destination, duplicate (same number Waiting or Calling in the company).
    /// Accepted: stored Waiting with the consent and direction, due now or when the campaign's hours next open, and the
    /// dispatcher is woken.
    /// </summary>
    ValueTask<CallbackIntakeResult> SubmitAsync(CallbackSubmission submission, CancellationToken cancellationToken);

    /// <summary>An operator's "call back" on a failed request: it is queued again, due now, company first (the operator target
    /// when given, else the campaign's operators), then the client, then the bridge. Throws <see cref="KeyNotFoundException"/>
    /// for an unknown request and <see cref="InvalidOperationException"/> (message for people) when it is not failed.</summary>
    ValueTask<CallbackRequest> CallBackAsync(string companyId, string requestId, string? operatorTarget, CancellationToken cancellationToken);
}
