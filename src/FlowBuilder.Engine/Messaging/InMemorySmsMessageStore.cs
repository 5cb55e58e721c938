namespace FlowBuilder.Engine.Messaging;

/// <summary>Messages in memory: the default for tests and the CLI; FlowBuilder.Data replaces it.</summary>
public sealed class InMemorySmsMessageStore : ISmsMessageStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SmsMessage> _messages = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public ValueTask AddAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (!_messages.TryAdd(message.Id, message)) throw new InvalidOperationException($"SMS message '{message.Id}' is already stored.");
            _order.Add(message.Id);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (!_messages.ContainsKey(message.Id)) throw new InvalidOperationException($"SMS message '{message.Id}' is not stored.");
            _messages[message.Id] = message;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<SmsMessage?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_messages.GetValueOrDefault(id));
    }

    public ValueTask<SmsMessage?> FindByPartAsync(string networkId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(Newest().FirstOrDefault(m => m.Direction == SmsDirection.Outbound && m.Parts.Any(p => p.NetworkId == networkId)));
        }
    }

    public ValueTask<SmsMessage?> FindLatestToAsync(string to, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(Newest().FirstOrDefault(m => m.Direction == SmsDirection.Outbound && m.To == to));
    }

    public ValueTask<IReadOnlyList<SmsMessage>> ListPendingAsync(int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SmsMessage> pending = _order.Select(id => _messages[id])
                .Where(m => m.Direction == SmsDirection.Outbound && SmsStatuses.IsPending(m.Status))
                .OrderBy(m => m.NextAttemptAt is not null).ThenBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt).Take(limit).ToList();
            return ValueTask.FromResult(pending);
        }
    }

    public ValueTask<SmsMessagePage> ListAsync(SmsMessageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            var matches = Newest().Where(m => m.CompanyId == query.CompanyId
                && (query.Status is null || m.Status == query.Status)
                && (query.Direction is null || m.Direction == query.Direction)
                && (query.To is null || m.To == SmsNumbers.Normalize(query.To))).ToList();
            return ValueTask.FromResult(new SmsMessagePage(matches.Skip(query.Offset).Take(query.Limit).ToList(), matches.Count));
        }
    }

    private IEnumerable<SmsMessage> Newest()
    {
        for (var i = _order.Count - 1; i >= 0; i--) yield return _messages[_order[i]];
    }
}
