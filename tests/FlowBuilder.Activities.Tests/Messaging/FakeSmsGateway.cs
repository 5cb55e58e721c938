using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Activities.Tests.Messaging;

/// <summary>Answers every send with <see cref="Status"/>; <see cref="BeforeReturn"/> runs after the send is recorded and before it returns.</summary>
internal sealed class FakeSmsGateway : ISmsGateway
{
    public List<SmsRequest> Sent { get; } = [];
    public SmsStatus Status { get; set; } = SmsStatus.Sent;
    public string? Error { get; set; }
    public Func<SmsSendResult, Task>? BeforeReturn { get; set; }

    public async ValueTask<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        lock (Sent) Sent.Add(request);
        var result = new SmsSendResult($"sms_{Sent.Count}", Status, Status == SmsStatus.Sent ? 1 : 0, Error);
        if (BeforeReturn is { } hook) await hook(result);
        return result;
    }
}
