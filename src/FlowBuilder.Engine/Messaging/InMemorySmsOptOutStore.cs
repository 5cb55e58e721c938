namespace FlowBuilder.Engine.Messaging;

/// <summary>Opt-out lists in memory: the default for tests and the CLI; FlowBuilder.Data replaces it.</summary>
public sealed class InMemorySmsOptOutStore : ISmsOptOutStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Company, string Number), SmsOptOut> _entries = [];

    public ValueTask<SmsOptOut?> FindAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_entries.GetValueOrDefault((companyId, SmsNumbers.Normalize(number))));
    }

    public ValueTask<IReadOnlyList<SmsOptOut>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SmsOptOut> list = _entries.Values.Where(e => e.CompanyId == companyId).OrderBy(e => e.Number, StringComparer.Ordinal).ToList();
            return ValueTask.FromResult(list);
        }
    }

    public ValueTask SaveAsync(SmsOptOut optOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(optOut);
        var normalized = optOut with { Number = SmsNumbers.Normalize(optOut.Number) };
        lock (_gate) _entries[(normalized.CompanyId, normalized.Number)] = normalized;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(string companyId, string number, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_entries.Remove((companyId, SmsNumbers.Normalize(number))));
    }
}
