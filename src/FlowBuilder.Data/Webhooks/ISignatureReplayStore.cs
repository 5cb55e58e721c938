namespace FlowBuilder.Data.Webhooks;

/// <summary>Signatures already accepted on signed webhooks, kept until they could no longer pass the timestamp
/// tolerance. In the database, so every node of a cluster refuses a replay.</summary>
public interface ISignatureReplayStore
{
    /// <summary>Records the signature; false when it was already recorded (a replay).</summary>
    ValueTask<bool> TryRecordAsync(string companyId, string signatureHash, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
