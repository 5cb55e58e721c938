namespace FlowBuilder.Engine.Messaging;

/// <summary>Where messages are kept; the product's is the <c>sms_messages</c> table.</summary>
public interface ISmsMessageStore
{
    ValueTask AddAsync(SmsMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces the stored message with the same id (status, parts, history, …).</summary>
    ValueTask UpdateAsync(SmsMessage message, CancellationToken cancellationToken);

    ValueTask<SmsMessage?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>The outbound message one of whose parts the network named <paramref name="networkId"/>.</summary>
    ValueTask<SmsMessage?> FindByPartAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>The newest outbound message to <paramref name="to"/> (a normalised number), of any company.</summary>
    ValueTask<SmsMessage?> FindLatestToAsync(string to, CancellationToken cancellationToken);

    /// <summary>Outbound messages still owed a hand-over, most due first: queued and sending ones (no next attempt),
    /// then retrying ones by their next attempt.</summary>
    ValueTask<IReadOnlyList<SmsMessage>> ListPendingAsync(int limit, CancellationToken cancellationToken);

    ValueTask<SmsMessagePage> ListAsync(SmsMessageQuery query, CancellationToken cancellationToken);
}
