using System.Collections.Concurrent;

namespace FlowBuilder.Engine.Accounts;

public sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, ApiKey> _keys = new(StringComparer.Ordinal);

    public ValueTask<ApiKey?> GetAsync(string keyId, CancellationToken cancellationToken) => ValueTask.FromResult(_keys.GetValueOrDefault(keyId));

    public ValueTask<IReadOnlyList<ApiKey>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiKey>>(_keys.Values.Where(k => k.CompanyId == companyId).OrderByDescending(k => k.CreatedAt).ToList());

    public ValueTask SaveAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        _keys[key.Id] = key;
        return ValueTask.CompletedTask;
    }

    public ValueTask TouchAsync(string keyId, DateTimeOffset usedAt, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(keyId, out var key)) _keys[keyId] = key with { LastUsedAt = usedAt };
        return ValueTask.CompletedTask;
    }
}
