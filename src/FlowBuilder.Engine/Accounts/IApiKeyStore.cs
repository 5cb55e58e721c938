namespace FlowBuilder.Engine.Accounts;

/// <summary>API keys (table <c>api_keys</c>).</summary>
public interface IApiKeyStore
{
    /// <summary>By key id across every company (authentication looks keys up this way).</summary>
    ValueTask<ApiKey?> GetAsync(string keyId, CancellationToken cancellationToken);

    /// <summary>The company's keys, revoked ones included, newest first.</summary>
    ValueTask<IReadOnlyList<ApiKey>> ListAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces.</summary>
    ValueTask SaveAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>Records use, at most about once a minute per key (callers throttle).</summary>
    ValueTask TouchAsync(string keyId, DateTimeOffset usedAt, CancellationToken cancellationToken);
}
