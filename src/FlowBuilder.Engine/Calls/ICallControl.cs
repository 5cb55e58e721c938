namespace FlowBuilder.Engine.Calls;

/// <summary>
/// The port through which activities drive calls. Each operation waits until it is over (a prompt played, a
/// digit read, a call answered) and reports how it ended as a result value; a call that hangs up meanwhile is a
/// result (<see cref="CallOperationStatus.HungUp"/>), never an exception. Implemented by the SIP stack
/// (FlowBuilder.Telephony) and by the <c>simulator</c> channel that the designer's test console and tests use.
/// </summary>
public interface ICallControl
{
    /// <summary>The channel name that prefixes its call ids: <c>sip</c>, <c>simulator</c>.</summary>
    string Channel { get; }

    /// <summary>The call's details; null when the channel does not know it (ended long ago, or another channel's).</summary>
    CallInfo? Find(string callId);

    /// <summary>Records which flow instance handles the call (for its CDR). A call has one owner; attaching again replaces it.</summary>
    void Attach(string callId, CallOwner owner);

    /// <summary>Answers a ringing inbound call. Answering an answered call is <see cref="CallOperationStatus.Completed"/>.</summary>
    ValueTask<CallOperationResult> AnswerAsync(string callId, CancellationToken cancellationToken);

    /// <summary>Places an outbound call and waits until it is answered or fails.</summary>
    ValueTask<DialResult> DialAsync(DialRequest request, CancellationToken cancellationToken);

    /// <summary>Plays one prompt. With <paramref name="stopOnDigit"/> a digit from the caller stops it
    /// (<see cref="CallOperationStatus.Interrupted"/>) and stays queued for the next <see cref="ReadDigitAsync"/>.</summary>
    ValueTask<CallOperationResult> PlayAsync(string callId, Prompt prompt, bool stopOnDigit, CancellationToken cancellationToken);

    /// <summary>Takes the oldest digit the caller pressed (digits queue up between reads, up to 32), waiting up to
    /// <paramref name="timeout"/>; <see cref="DigitReadResult.Digit"/> is null on timeout.</summary>
    ValueTask<DigitReadResult> ReadDigitAsync(string callId, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Drops digits queued so far (before a prompt that must not be skipped by type-ahead).</summary>
    void ClearDigits(string callId);

    /// <summary>Ends the call (BYE, CANCEL or a rejection, as its state requires). Ending an ended call does nothing.</summary>
    ValueTask HangUpAsync(string callId, HangUpCause cause, CancellationToken cancellationToken);

    /// <summary>
    /// Connects two answered calls of this channel: each party hears the other (media relayed, re-encoded when their codecs
    /// differ) until one hangs up, one asks to transfer the other (REFER), or <paramref name="cancellationToken"/> ends the
    /// bridge with both calls still up (<see cref="BridgeStatus.Unbridged"/>, for re-bridging). The remaining call is not
    /// hung up by the channel: the caller of this method decides.
    /// </summary>
    ValueTask<BridgeResult> BridgeAsync(string callId, string otherCallId, BridgeOptions options, CancellationToken cancellationToken);

    /// <summary>Blind transfer: asks the call's party to call <paramref name="target"/> instead (SIP REFER) and waits for the
    /// outcome. <see cref="TransferStatus.Transferred"/> ends this leg; <see cref="TransferStatus.Refused"/> leaves it up.</summary>
    ValueTask<TransferResult> TransferAsync(string callId, string target, CancellationToken cancellationToken);

    /// <summary>Starts recording an answered call to a WAV file; returns the recording's id. Recording stops at
    /// <see cref="StopRecordingAsync"/>, at <see cref="RecordingRequest.MaxDuration"/>, or when the call ends, and then
    /// the recording is stored in <see cref="ICallRecordingStore"/>.</summary>
    ValueTask<RecordingStartResult> StartRecordingAsync(string callId, RecordingRequest request, CancellationToken cancellationToken);

    /// <summary>Stops a recording and returns what was stored; null for an unknown recording id. Stopping a stopped
    /// recording returns it again.</summary>
    ValueTask<CallRecording?> StopRecordingAsync(string recordingId, CancellationToken cancellationToken);
}
