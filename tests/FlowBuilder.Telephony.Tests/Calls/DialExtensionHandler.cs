using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>The simplest internal-call handler: dials the extension (no media bridge) and answers the caller when it answers.</summary>
internal sealed class DialExtensionHandler : IInternalCallHandler
{
    public TaskCompletionSource<(CallTarget Target, DialResult? Dial)> Handled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task HandleAsync(ICallControl channel, CallInfo ringingCall, CallTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind != CallTargetKind.Extension)
        {
            await channel.HangUpAsync(ringingCall.Id, HangUpCause.NotFound, cancellationToken);
            Handled.TrySetResult((target, null));
            return;
        }
        var dial = await channel.DialAsync(
            new DialRequest(target.Value, ringingCall.From, null, TimeSpan.FromSeconds(20)) { TargetKind = DialTargetKind.Extension }, cancellationToken);
        if (dial.Status == DialStatus.Answered) await channel.AnswerAsync(ringingCall.Id, cancellationToken);
        else await channel.HangUpAsync(ringingCall.Id, dial.Status == DialStatus.Busy ? HangUpCause.Busy : HangUpCause.NoAnswer, cancellationToken);
        Handled.TrySetResult((target, dial));
    }
}
