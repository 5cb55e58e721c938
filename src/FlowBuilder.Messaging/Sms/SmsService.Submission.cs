using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

public sealed partial class SmsService
{
    /// <summary>Hands a stored message to the first ready transport and stores what came of it. The caller holds the
    /// message in <see cref="_inFlight"/>, so the dispatcher does not hand it over twice.</summary>
    private async Task<SmsMessage> SubmitAsync(SmsMessage message, bool resumeFlow, CancellationToken cancellationToken)
    {
        if (_transports.Count == 0)
        {
            message = message.WithStatus(SmsStatus.Failed, _time.GetUtcNow(), NoGatewayError) with { Error = NoGatewayError, NextAttemptAt = null };
            await SaveAsync(message, cancellationToken).ConfigureAwait(false);
            _logger.LogWarning("SMS {MessageId} to {To} failed: {Error}", message.Id, message.To, NoGatewayError);
            await NotifyFinalAsync(message, resumeFlow).ConfigureAwait(false);
            return message;
        }

        var transport = _transports.FirstOrDefault(t => t.State == SmsTransportState.Ready);
        message = message.WithStatus(SmsStatus.Sending, _time.GetUtcNow(), transport?.Name) with { Attempts = message.Attempts + 1, NextAttemptAt = null };
        await SaveAsync(message, cancellationToken).ConfigureAwait(false);

        SmsSubmitResult result;
        if (transport is null)
        {
            result = SmsSubmitResult.Unavailable("No SMS transport is ready (" + string.Join(", ", _transports.Select(t => $"{t.Name}: {t.State.ToString().ToLowerInvariant()}")) + ").");
        }
        else
        {
            try
            {
                result = await transport.SubmitAsync(new OutboundSms(message.From, message.To, message.Text, RequestReceipt: true, Reference: message.Id), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                _logger.LogError(error, "SMS transport {Transport} threw on submitting {MessageId}", transport.Name, message.Id);
                result = SmsSubmitResult.Unavailable($"{transport.Name}: {error.Message}");
            }
        }
        return await ApplyAsync(message, transport?.Name, result, resumeFlow, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SmsMessage> ApplyAsync(SmsMessage message, string? transport, SmsSubmitResult result, bool resumeFlow, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var error = result.ErrorCode is null ? result.Error : $"{result.Error} (code {result.ErrorCode})";
        switch (result.Status)
        {
            case SmsSubmitStatus.Accepted when result.PartIds.Count > 0:
                return await AcceptedAsync(message with { Error = null, Parts = result.PartIds.Select(id => new SmsPart(id)).ToList() }, transport, resumeFlow, cancellationToken).ConfigureAwait(false);
            case SmsSubmitStatus.Accepted:
                error = $"{transport} accepted the message without naming it; its receipts cannot be matched.";
                goto case SmsSubmitStatus.Rejected;
            case SmsSubmitStatus.Rejected:
                message = message.WithStatus(SmsStatus.Failed, now, error) with { Error = error ?? "Rejected by the network." };
                await SaveAsync(message, cancellationToken).ConfigureAwait(false);
                _logger.LogWarning("SMS {MessageId} to {To} rejected by {Transport}: {Error}", message.Id, message.To, transport, message.Error);
                await NotifyFinalAsync(message, resumeFlow).ConfigureAwait(false);
                return message;
            default:
                error ??= "The SMS network was unavailable.";
                if (message.Attempts >= _options.MaxAttempts)
                {
                    var gaveUp = $"Gave up after {message.Attempts} attempts: {error}";
                    message = message.WithStatus(SmsStatus.Failed, now, gaveUp) with { Error = gaveUp };
                    await SaveAsync(message, cancellationToken).ConfigureAwait(false);
                    _logger.LogWarning("SMS {MessageId} to {To} failed: {Error}", message.Id, message.To, gaveUp);
                    await NotifyFinalAsync(message, resumeFlow).ConfigureAwait(false);
                    return message;
                }
                var next = now + Backoff(message.Attempts);
                message = message.WithStatus(SmsStatus.Retrying, now, error) with { Error = error, NextAttemptAt = next };
                await SaveAsync(message, cancellationToken).ConfigureAwait(false);
                _logger.LogInformation("SMS {MessageId} to {To} not taken ({Error}); attempt {Attempt} of {Max} at {Next:u}",
                    message.Id, message.To, error, message.Attempts + 1, _options.MaxAttempts, next);
                return message;
        }
    }

    /// <summary>Stores the accepted message with its part ids, then applies receipts that came before it was stored.</summary>
    private async Task<SmsMessage> AcceptedAsync(SmsMessage message, string? transport, bool resumeFlow, CancellationToken cancellationToken)
    {
        SmsMessage? final = null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            message = message.WithStatus(SmsStatus.Sent, _time.GetUtcNow(), transport);
            await SaveAsync(message, cancellationToken).ConfigureAwait(false);
            foreach (var part in message.Parts)
            {
                if (!_earlyReceipts.TryRemove(part.NetworkId, out var receipt)) continue;
                message = await ApplyReceiptAsync(message, receipt, cancellationToken).ConfigureAwait(false);
                if (SmsStatuses.IsFinal(message.Status)) final = message;
            }
        }
        finally
        {
            _gate.Release();
        }
        await MeterAcceptedAsync(message).ConfigureAwait(false);
        // When the sender is still waiting for this call (resumeFlow false), it sees the final status in the result.
        if (final is not null) await NotifyFinalAsync(final, resumeFlow).ConfigureAwait(false);
        return message;
    }

    /// <summary>sms.sent: one unit per part the network took, once per message (its id is the source, so a retried hand-over is not charged twice).</summary>
    private async Task MeterAcceptedAsync(SmsMessage message)
    {
        if (_meter is null || message.Parts.Count == 0) return;
        var metricEvent = new MetricEvent(message.CompanyId, BillingMetrics.SmsSent, message.Parts.Count, message.Id, _time.GetUtcNow());
        await _meter.RecordQuietlyAsync(metricEvent, _logger, CancellationToken.None).ConfigureAwait(false);
    }

    private TimeSpan Backoff(int attempts)
    {
        var delay = _options.RetryDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }
}
