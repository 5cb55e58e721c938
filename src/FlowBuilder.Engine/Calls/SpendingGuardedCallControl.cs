using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Engine.Calls;

/// <summary>
/// A call channel that asks the <see cref="ISpendingGuard"/> before every outbound dial to a number: the one place every dial
/// passes (Dial, Connect, queues, campaigns, click-to-call, <c>POST /api/calls</c>). A refused dial is <see cref="DialStatus.Failed"/>
/// with the guard's reason and nothing is rung. Extensions are internal and never refused; calls already up are never cut.
/// </summary>
internal sealed class SpendingGuardedCallControl(ICallControl inner, ISpendingGuard guard) : ICallControl
{
    public ICallControl Inner => inner;

    public string Channel => inner.Channel;

    public async ValueTask<DialResult> DialAsync(DialRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.TargetKind == DialTargetKind.Number && request.Owner?.CompanyId is { Length: > 0 } companyId
            && await guard.RefusalAsync(companyId, cancellationToken).ConfigureAwait(false) is { } reason)
            return new DialResult(DialStatus.Failed, StatusCode: 402, Reason: reason);
        return await inner.DialAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public CallInfo? Find(string callId) => inner.Find(callId);

    public void Attach(string callId, CallOwner owner) => inner.Attach(callId, owner);

    public ValueTask<CallOperationResult> AnswerAsync(string callId, CancellationToken cancellationToken) => inner.AnswerAsync(callId, cancellationToken);

    public ValueTask<CallOperationResult> PlayAsync(string callId, Prompt prompt, bool stopOnDigit, CancellationToken cancellationToken) =>
        inner.PlayAsync(callId, prompt, stopOnDigit, cancellationToken);

    public ValueTask<DigitReadResult> ReadDigitAsync(string callId, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.ReadDigitAsync(callId, timeout, cancellationToken);

    public void ClearDigits(string callId) => inner.ClearDigits(callId);

    public ValueTask HangUpAsync(string callId, HangUpCause cause, CancellationToken cancellationToken) => inner.HangUpAsync(callId, cause, cancellationToken);

    public ValueTask<BridgeResult> BridgeAsync(string callId, string otherCallId, BridgeOptions options, CancellationToken cancellationToken) =>
        inner.BridgeAsync(callId, otherCallId, options, cancellationToken);

    public ValueTask<TransferResult> TransferAsync(string callId, string target, CancellationToken cancellationToken) =>
        inner.TransferAsync(callId, target, cancellationToken);

    public ValueTask<RecordingStartResult> StartRecordingAsync(string callId, RecordingRequest request, CancellationToken cancellationToken) =>
        inner.StartRecordingAsync(callId, request, cancellationToken);

    public ValueTask<CallRecording?> StopRecordingAsync(string recordingId, CancellationToken cancellationToken) =>
        inner.StopRecordingAsync(recordingId, cancellationToken);
}
