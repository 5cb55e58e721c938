using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Reports;

/// <summary>Request statuses as people read them on pages, in CSV files and e-mails: COMPLETED, FAILED CALLING CLIENT…</summary>
public static class CallbackStatusText
{
    public static string ForPeople(CallbackRequestStatus status) => status switch
    {
        CallbackRequestStatus.Waiting => "WAITING",
        CallbackRequestStatus.Calling => "CALLING",
        CallbackRequestStatus.Completed => "COMPLETED",
        CallbackRequestStatus.FailedCallingClient => "FAILED CALLING CLIENT",
        CallbackRequestStatus.FailedCallingCompany => "FAILED CALLING COMPANY",
        CallbackRequestStatus.Cancelled => "CANCELLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown callback request status."),
    };
}
