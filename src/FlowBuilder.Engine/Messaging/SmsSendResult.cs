namespace FlowBuilder.Engine.Messaging;

/// <summary>What became of a send: <see cref="SmsStatus.Sent"/> (the network took it), <see cref="SmsStatus.Retrying"/>
/// (stored, the network is unavailable and it is tried again), <see cref="SmsStatus.Failed"/> or <see cref="SmsStatus.OptedOut"/>.</summary>
/// <param name="Parts">How many SMS parts the network took (0 until it took them).</param>
public sealed record SmsSendResult(string MessageId, SmsStatus Status, int Parts, string? Error)
{
    /// <summary>Stored and on its way: taken by the network, or waiting for a retry.</summary>
    public bool Accepted => Status is SmsStatus.Sent or SmsStatus.Delivered or SmsStatus.Retrying or SmsStatus.Queued or SmsStatus.Sending;
}
