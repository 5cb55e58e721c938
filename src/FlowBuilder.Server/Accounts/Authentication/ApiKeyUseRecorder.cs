using System.Collections.Concurrent;
using FlowBuilder.Engine.Accounts;

namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>Writes a key's last use at most once a minute per key, so busy integrations do not write on every request.</summary>
internal sealed class ApiKeyUseRecorder(IApiKeyStore keys)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastWritten = new(StringComparer.Ordinal);

    public async ValueTask RecordAsync(string keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_lastWritten.TryGetValue(keyId, out var last) && now - last < Interval) return;
        _lastWritten[keyId] = now;
        await keys.TouchAsync(keyId, now, cancellationToken);
    }
}
