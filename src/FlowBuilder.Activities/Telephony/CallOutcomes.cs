using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Activities.Telephony;

/// <summary>The outcomes every call node shares, and how a call operation's result maps onto them.</summary>
internal static class CallOutcomes
{
    /// <summary>The caller (or callee) hung up before or while the node ran.</summary>
    public const string HungUp = "hangup";

    /// <summary>The operation could not be done; output <c>error</c> says why (TTS failed, no call…).</summary>
    public const string Failed = "failed";

    public static Outcome Failure { get; } = Outcome.To(Failed);

    /// <summary>Completed or interrupted goes on along <paramref name="success"/>; a hang-up along <c>hangup</c>;
    /// a failure along <c>failed</c> with output <c>error</c>.</summary>
    public static Outcome From(ActivityContext context, CallOperationResult result, string success = Outcomes.Done)
    {
        switch (result.Status)
        {
            case CallOperationStatus.Completed or CallOperationStatus.Interrupted:
                return Outcome.To(success);
            case CallOperationStatus.HungUp:
                return Outcome.To(HungUp);
            default:
                context.SetOutput("error", result.Error ?? "The call operation failed.");
                return Failure;
        }
    }
}
