namespace FlowBuilder.Data.Webhooks;

/// <summary>Idempotency keys of webhook requests, per flow, with an expiry.</summary>
public interface IWebhookIdempotencyStore
{
    /// <summary>Records <paramref name="request"/> unless a live one with the same flow and key exists. An earlier request
    /// that expired, or that never got an answer and is older than <paramref name="abandonedBefore"/>, is replaced.</summary>
    ValueTask<IdempotencyClaim> ClaimAsync(IdempotentRequest request, DateTimeOffset abandonedBefore, CancellationToken cancellationToken);

    /// <summary>Stores the instance and the answer of a claimed request.</summary>
    ValueTask CompleteAsync(string companyId, string flowId, string key, string? instanceId, int statusCode, string? contentType, byte[] body, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose request failed before it started anything, so it can be sent again.</summary>
    ValueTask ReleaseAsync(string companyId, string flowId, string key, CancellationToken cancellationToken);

    /// <summary>Deletes requests that expired before <paramref name="now"/>; returns how many.</summary>
    ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
