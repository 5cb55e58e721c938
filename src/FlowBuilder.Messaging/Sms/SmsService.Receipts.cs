using FlowBuilder.Engine.Messaging;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

public sealed partial class SmsService
{
    /// <summary>Applies a receipt to the message whose part it names. A receipt for a part not stored yet (the network
    /// answered faster than the store) is kept until the message is stored as sent.</summary>
    public async ValueTask OnReceiptAsync(SmsReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        SmsMessage? final = null;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var message = await _messages.FindByPartAsync(receipt.NetworkMessageId, cancellationToken).ConfigureAwait(false);
            if (message is null)
            {
                if (_earlyReceipts.Count < MaxEarlyReceipts) _earlyReceipts[receipt.NetworkMessageId] = receipt;
                _logger.LogInformation("Receipt for unknown SMS part {NetworkId} ({State}); kept in case its message is being stored", receipt.NetworkMessageId, receipt.State);
                return;
            }
            var wasFinal = SmsStatuses.IsFinal(message.Status);
            message = await ApplyReceiptAsync(message, receipt, cancellationToken).ConfigureAwait(false);
            if (!wasFinal && SmsStatuses.IsFinal(message.Status)) final = message;
        }
        finally
        {
            _gate.Release();
        }
        if (final is not null) await NotifyFinalAsync(final, resumeFlow: true).ConfigureAwait(false);
    }

    /// <summary>Records the part's state; the message is delivered when every part is, failed when any part failed.
    /// Receipts for a message already final change nothing.</summary>
    private async Task<SmsMessage> ApplyReceiptAsync(SmsMessage message, SmsReceipt receipt, CancellationToken cancellationToken)
    {
        if (SmsStatuses.IsFinal(message.Status)) return message;
        var state = receipt.State.ToString().ToLowerInvariant();
        var parts = message.Parts.Select(p => p.NetworkId == receipt.NetworkMessageId ? p with { State = state } : p).ToList();
        message = message with { Parts = parts, UpdatedAt = _time.GetUtcNow() };
        var now = _time.GetUtcNow();
        if (IsFailure(receipt.State))
        {
            var error = $"Part {receipt.NetworkMessageId}: {state}" + (receipt.ErrorCode is { Length: > 0 } code ? $" (error {code})" : "") + ".";
            message = message.WithStatus(SmsStatus.Failed, now, error) with { Error = error };
            _logger.LogInformation("SMS {MessageId} to {To} failed: {Error}", message.Id, message.To, error);
        }
        else if (parts.All(p => p.State == "delivered"))
        {
            message = message.WithStatus(SmsStatus.Delivered, now, parts.Count > 1 ? $"{parts.Count} parts" : null);
        }
        await SaveAsync(message, cancellationToken).ConfigureAwait(false);
        return message;
    }

    private static bool IsFailure(SmsDeliveryState state) =>
        state is SmsDeliveryState.Undeliverable or SmsDeliveryState.Expired or SmsDeliveryState.Deleted or SmsDeliveryState.Rejected;
}
