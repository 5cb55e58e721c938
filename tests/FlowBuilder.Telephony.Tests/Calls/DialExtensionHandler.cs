using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Calls;

namespace FlowBuilder.Telephony.Tests.Calls;

/// <summary>The simplest internal-call handler: dials the extension (or, for an extension dialling out, the number with the
/// extension's number as caller id), no media bridge, and answers the caller when the callee answers.</summary>
internal sealed class DialExtensionHandler : IInternalCallHandler
{
    public TaskCompletionSource<(CallTarget Target, DialResult? Dial)> Handled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task HandleAsync(ICallControl channel, CallInfo ringingCall, CallTarget target, CancellationToken cancellationToken)
    {
        if (target.Kind == CallTargetKind.Group)
        {
            await channel.HangUpAsync(ringingCall.Id, HangUpCause.NotFound, cancellationToken);
            Handled.TrySetResult((target, null));
            return;
        }
        var dial = await channel.DialAsync(
            new DialRequest(target.Value, ringingCall.From, null, TimeSpan.FromSeconds(20)) { TargetKind = target.Kind == CallTargetKind.Extension ? DialTargetKind.Extension : DialTargetKind.Number }, cancellationToken);
        if (dial.Status == DialStatus.Answered) await channel.AnswerAsync(ringingCall.Id, cancellationToken);
        else await channel.HangUpAsync(ringingCall.Id, dial.Status == DialStatus.Busy ? HangUpCause.Busy : HangUpCause.NoAnswer, cancellationToken);
        Handled.TrySetResult((target, dial));
    }
}
