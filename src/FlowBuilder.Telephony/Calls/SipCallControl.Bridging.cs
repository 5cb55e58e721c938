using FlowBuilder.Engine.Calls;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    // TODO(issue 4): media relay, REFER and recording land here.
    public ValueTask<BridgeResult> BridgeAsync(string callId, string otherCallId, BridgeOptions options, CancellationToken cancellationToken) =>
        ValueTask.FromResult(BridgeResult.Failed("Bridging is not built yet."));

    public ValueTask<TransferResult> TransferAsync(string callId, string target, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new TransferResult(TransferStatus.Failed, Error: "Transfer is not built yet."));

    public ValueTask<RecordingStartResult> StartRecordingAsync(string callId, RecordingRequest request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new RecordingStartResult(CallOperationStatus.Failed, Error: "Recording is not built yet."));

    public ValueTask<CallRecording?> StopRecordingAsync(string recordingId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<CallRecording?>(null);
}
