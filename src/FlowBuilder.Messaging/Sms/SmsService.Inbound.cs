using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

public sealed partial class SmsService
{
    /// <summary>Stores an inbound message and acts on its first word: an opt-out word (STOP, …) puts the sender on the
    /// company's opt-out list, START/UNSTOP takes it off, a keyword bound by a published flow starts that flow.
    /// Anything else is stored and logged. Every inbound message is published as <c>sms.received</c>.</summary>
    public async ValueTask OnInboundAsync(InboundSms message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = SmsNumbers.Normalize(message.From ?? "");
        var to = SmsNumbers.Normalize(message.To ?? "");
        var text = message.Text ?? "";
        var keyword = SmsKeywords.FirstWord(text);
        var now = _time.GetUtcNow();
        var id = "sms_" + Guid.NewGuid().ToString("N");

        string companyId;
        string? flowId = null, instanceId = null, detail;
        Engine.Persistence.TriggerBinding? binding = null;
        if (SmsKeywords.OptOut.Contains(keyword) || SmsKeywords.OptIn.Contains(keyword))
        {
            companyId = await CompanyOfAsync(from, cancellationToken).ConfigureAwait(false);
            if (SmsKeywords.OptOut.Contains(keyword))
            {
                await _optOuts.SaveAsync(new SmsOptOut(companyId, from, now, keyword), cancellationToken).ConfigureAwait(false);
                detail = $"opted out ({keyword})";
            }
            else
            {
                await _optOuts.DeleteAsync(companyId, from, cancellationToken).ConfigureAwait(false);
                detail = $"opted in ({keyword})";
            }
            _logger.LogInformation("SMS from {From}: {Detail} for company {CompanyId}", from, detail, companyId);
        }
        else
        {
            binding = keyword.Length == 0 ? null : await _triggers.FindAsync(TriggerType.Sms, keyword, cancellationToken).ConfigureAwait(false);
            if (binding is null)
            {
                companyId = await CompanyOfAsync(from, cancellationToken).ConfigureAwait(false);
                detail = keyword.Length == 0 ? "empty message" : $"no published flow has keyword '{keyword}'";
                _logger.LogInformation("SMS {MessageId} from {From} to {To} stored, nothing started: {Detail}", id, from, to, detail);
            }
            else
            {
                companyId = binding.CompanyId;
                flowId = binding.FlowId;
                instanceId = $"{binding.FlowId}-{Guid.NewGuid():N}";
                detail = $"keyword {keyword}: flow {binding.FlowId}";
            }
        }

        var stored = new SmsMessage(id, companyId, SmsDirection.Inbound, from, to, text, SmsEncoding.For(text), SmsStatus.Received, [], null, 0, null,
            instanceId, null, message.ReceivedAt, now, [new SmsStatusChange(SmsStatus.Received, now, detail)]);
        await _messages.AddAsync(stored, cancellationToken).ConfigureAwait(false);
        Changed?.Invoke(stored);

        if (binding is not null)
        {
            var trigger = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["from"] = from,
                ["to"] = to,
                ["text"] = text,
                ["keyword"] = keyword,
                ["receivedAt"] = message.ReceivedAt.ToString("O"),
                ["messageId"] = id,
            };
            try
            {
                await _engine.StartAsync(new StartRequest(binding.CompanyId, binding.FlowId, binding.Version, Trigger: trigger, CorrelationId: id, InstanceId: instanceId),
                    cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("SMS {MessageId} from {From}: keyword {Keyword} started flow {FlowId} as {InstanceId}", id, from, keyword, binding.FlowId, instanceId);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                var failure = $"Starting flow {binding.FlowId} for keyword {keyword} failed: {error.Message}";
                _logger.LogError(error, "SMS {MessageId}: {Error}", id, failure);
                stored = stored with { Error = failure, InstanceId = null, UpdatedAt = _time.GetUtcNow() };
                await SaveAsync(stored, cancellationToken).ConfigureAwait(false);
            }
        }

        var data = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["messageId"] = id,
            ["from"] = from,
            ["to"] = to,
            ["text"] = text,
            ["keyword"] = keyword,
            ["flowId"] = flowId,
            ["instanceId"] = stored.InstanceId,
        };
        await _events.PublishAsync(PlatformEvent.Create(EventTypes.SmsReceived, companyId, now, data), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The company an inbound message without a keyword flow belongs to: the one that last wrote to the sender.</summary>
    private async Task<string> CompanyOfAsync(string from, CancellationToken cancellationToken)
    {
        var last = from.Length == 0 ? null : await _messages.FindLatestToAsync(from, cancellationToken).ConfigureAwait(false);
        return last?.CompanyId ?? _options.DefaultCompany;
    }
}
