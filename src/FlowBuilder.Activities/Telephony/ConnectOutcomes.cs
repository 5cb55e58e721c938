using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Activities.Telephony;

/// <summary>How a <see cref="ConnectResult"/> becomes outcomes and outputs (Connect, and Transfer in bridge mode).</summary>
internal static class ConnectOutcomes
{
    public const string Connected = "connected";
    public const string Busy = "busy";
    public const string NoAnswer = "no-answer";

    /// <summary><c>connected</c> when the callee ended and the caller is still up; <c>hangup</c> when the caller is gone;
    /// <c>busy</c>, <c>no-answer</c>, <c>failed</c> otherwise.</summary>
    public static Outcome From(ActivityContext context, ConnectResult result)
    {
        context.SetOutput("endedBy", result.EndedBy);
        context.SetOutput("answeredBy", result.AnsweredBy is { } target ? Describe(target) : null);
        context.SetOutput("calleeCallId", result.Callee?.Id);
        context.SetOutput("talkSeconds", (int)Math.Round(result.TalkTime.TotalSeconds));
        context.SetOutput("recordingId", result.RecordingId);
        context.SetOutput("sipStatus", result.SipStatus);
        if (result.Error is { } error) context.SetOutput("error", error);
        return result.Status switch
        {
            ConnectStatus.Connected when result.CallerUp => Outcome.To(Connected),
            ConnectStatus.Connected or ConnectStatus.CallerHungUp => Outcome.To(CallOutcomes.HungUp),
            ConnectStatus.Busy => Outcome.To(Busy),
            ConnectStatus.NoAnswer => Outcome.To(NoAnswer),
            _ => CallOutcomes.Failure,
        };
    }

    /// <summary>A target in the syntax people type: <c>ext:101</c>, <c>group:sales</c>, <c>+15551234567</c>.</summary>
    public static string Describe(CallTarget target) => target.Kind switch
    {
        CallTargetKind.Extension => "ext:" + target.Value,
        CallTargetKind.Group => "group:" + target.Value,
        _ => target.Value,
    };

    /// <summary>The caller id for a target: the given one, else the caller's own number for internal targets (so the agent sees
    /// who calls), else null (the trunk's default).</summary>
    public static string? CallerIdFor(ActivityContext context, FlowCall call, CallTarget target, Expression<string>? input)
    {
        var given = input is null ? null : context.Eval(input);
        if (!string.IsNullOrWhiteSpace(given)) return given.Trim();
        return target.Kind == CallTargetKind.Number ? null : call.Channel.Find(call.Id)?.From;
    }
}
