namespace FlowBuilder.Engine.ClickToCall;

/// <summary>
/// Where a request stands. Waiting (due at <see cref="CallbackRequest.NextAttemptAt"/>) → Calling (an attempt's flow runs)
/// → Completed, or back to Waiting for a retry of the client leg, or FailedCallingClient (retries used up) /
/// FailedCallingCompany (no operator answered). A failed request can be called back by an operator (→ Waiting, company first).
/// API JSON: waiting, calling, completed, failedCallingClient, failedCallingCompany, cancelled; people (pages, CSV) see
/// WAITING, CALLING, COMPLETED, FAILED CALLING CLIENT, FAILED CALLING COMPANY, CANCELLED.
/// </summary>
public enum CallbackRequestStatus
{
    Waiting,
    Calling,
    Completed,
    FailedCallingClient,
    FailedCallingCompany,

    /// <summary>Withdrawn by the company (or the campaign was deleted); never dialled again.</summary>
    Cancelled,
}
