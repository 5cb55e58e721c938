using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Messaging;

namespace FlowBuilder.Activities.Messaging;

/// <summary>Sends one SMS through the configured gateway; optionally waits for its delivery receipt.</summary>
[Activity("messaging.send-sms", Category = "Messaging", DisplayName = "Send SMS", Waits = true,
    Description = "Sends a text message. Without waiting: 'sent' once it is stored and on its way (taken by the network, or retried while the network is unavailable), 'failed' when refused, 'opted-out' when the recipient sent STOP. With 'Wait for delivery': 'delivered', 'failed' or 'timeout' when no receipt came in time.")]
[Outcomes(SendSmsOutcomes.Sent, SendSmsOutcomes.Delivered, SendSmsOutcomes.Failed, SendSmsOutcomes.OptedOut, SendSmsOutcomes.Timeout)]
[Output("messageId", "string", Description = "The stored message's id (GET /api/sms/messages/{id}).")]
[Output("status", "string", Description = "queued, sent, retrying, delivered, failed or opted-out.")]
[Output("parts", "number", Description = "SMS parts the network took.")]
[Output("error", "string")]
public sealed class SendSms(ISmsGateway? gateway = null) : Activity<SendSms.Inputs>
{
    public const int MaxBodyLength = 1600;

    public sealed record Inputs(
        [property: Required, Input(Description = "The recipient's number, e.g. +447700900123.")] Expression<string> To,
        [property: Input(Description = "Sender id or number; empty for the default (FlowBuilder:Sms:DefaultFrom).")] Expression<string>? From,
        [property: Required, MaxLength(MaxBodyLength), Input(Description = "The text; long texts go as several parts.", Editor = "multiline")] Expression<string> Body,
        [property: Input(DisplayName = "Wait for delivery", Description = "Wait for the delivery receipt: 'delivered', 'failed' or 'timeout'.")] bool WaitForDelivery = false,
        [property: Range(1, 604800), Input(DisplayName = "Delivery timeout (s)", Description = "How long to wait for the receipt. Default 300.")] Expression<double>? DeliveryTimeoutSeconds = null);

    protected override async ValueTask<Outcome> ExecuteAsync(ActivityContext context, Inputs inputs)
    {
        if (gateway is null) return Fail(context, "No SMS gateway in this host: the server provides one (AddFlowBuilderMessaging).");
        var to = context.Eval(inputs.To)?.Trim();
        if (string.IsNullOrEmpty(to) || SmsNumbers.Normalize(to).Length == 0) return Fail(context, $"Send SMS needs a recipient number ('to' is '{to}').");
        var body = context.Eval(inputs.Body) ?? "";
        if (body.Length == 0) return Fail(context, "Send SMS needs a text ('body' is empty).");
        if (body.Length > MaxBodyLength) return Fail(context, $"The text is {body.Length} characters; at most {MaxBodyLength} can be sent ('body').");
        var timeout = context.Eval(inputs.DeliveryTimeoutSeconds, 300);
        if (inputs.WaitForDelivery && (double.IsNaN(timeout) || timeout <= 0))
            return Fail(context, $"The delivery timeout must be more than 0 seconds, not {timeout}.");
        var from = inputs.From is null ? null : context.Eval(inputs.From);

        var result = await gateway.SendAsync(
            new SmsRequest(context.CompanyId, to, string.IsNullOrWhiteSpace(from) ? null : from.Trim(), body, context.InstanceId, context.NodeId),
            context.CancellationToken);
        context.SetOutput("messageId", result.MessageId);
        context.SetOutput("status", SmsStatuses.Name(result.Status));
        context.SetOutput("parts", result.Parts);
        if (result.Error is not null) context.SetOutput("error", result.Error);
        switch (result.Status)
        {
            case SmsStatus.OptedOut:
                return Outcome.To(SendSmsOutcomes.OptedOut);
            case SmsStatus.Failed:
                return Outcome.To(SendSmsOutcomes.Failed);
            case SmsStatus.Delivered when inputs.WaitForDelivery:
                return Outcome.To(SendSmsOutcomes.Delivered);
        }
        if (!inputs.WaitForDelivery) return Outcome.To(SendSmsOutcomes.Sent);
        var due = context.Time.GetUtcNow().AddSeconds(timeout);
        return Outcome.Suspend(new Bookmark(SmsStimuli.Status, result.MessageId, due, result.MessageId));
    }

    protected override ValueTask<Outcome> ResumeAsync(ActivityContext context, Inputs inputs, Stimulus stimulus)
    {
        context.SetOutput("messageId", context.BookmarkState ?? stimulus.CorrelationKey);
        if (stimulus.IsTimeout)
        {
            context.SetOutput("status", "timeout");
            context.SetOutput("error", "No delivery receipt came before the timeout.");
            return ValueTask.FromResult(Outcome.To(SendSmsOutcomes.Timeout));
        }
        var payload = stimulus.Payload as IReadOnlyDictionary<string, object?>;
        var status = payload?.GetValueOrDefault("status") as string;
        context.SetOutput("status", status);
        if (payload?.GetValueOrDefault("parts") is { } parts) context.SetOutput("parts", parts);
        if (payload?.GetValueOrDefault("error") is string error) context.SetOutput("error", error);
        return ValueTask.FromResult(Outcome.To(status == SmsStatuses.Name(SmsStatus.Delivered) ? SendSmsOutcomes.Delivered : SendSmsOutcomes.Failed));
    }

    private static Outcome Fail(ActivityContext context, string error)
    {
        context.SetOutput("status", "failed");
        context.SetOutput("error", error);
        return Outcome.To(SendSmsOutcomes.Failed);
    }
}
