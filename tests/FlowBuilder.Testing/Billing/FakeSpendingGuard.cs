using System.Collections.Concurrent;
using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Testing.Billing;

/// <summary>An <see cref="ISpendingGuard"/> that refuses the companies given a reason with <see cref="Refuse"/> until <see cref="Allow"/>.</summary>
public sealed class FakeSpendingGuard : ISpendingGuard
{
    private readonly ConcurrentDictionary<string, string> _refusals = new(StringComparer.Ordinal);
    private int _asked;

    /// <summary>How many times the guard was asked.</summary>
    public int Asked => Volatile.Read(ref _asked);

    public void Refuse(string companyId, string reason) => _refusals[companyId] = reason;

    public void Allow(string companyId) => _refusals.TryRemove(companyId, out _);

    public ValueTask<string?> RefusalAsync(string companyId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _asked);
        return ValueTask.FromResult(_refusals.TryGetValue(companyId, out var reason) ? reason : null);
    }
}
