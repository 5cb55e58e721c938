namespace FlowBuilder.Engine.Messaging;

/// <summary>Sends text messages for flows and the API. The message is stored before it is handed to the network, so
/// whatever happens next (accepted, retried, refused) is visible in its status; numbers on the company's opt-out list
/// are not sent to (<see cref="SmsStatus.OptedOut"/>). Delivery receipts resume a flow waiting on
/// <see cref="SmsStimuli.Status"/> keyed by the message id.</summary>
public interface ISmsGateway
{
    ValueTask<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default);
}
