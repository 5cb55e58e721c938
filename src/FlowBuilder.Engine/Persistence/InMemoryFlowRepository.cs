using FlowBuilder.Engine.Definitions;

namespace FlowBuilder.Engine.Persistence;

/// <summary>Flow definitions in memory: for <c>flowbuilder run</c>, tests and benchmarks.</summary>
public sealed class InMemoryFlowRepository(TimeProvider time) : IFlowRepository
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), StoredFlow> _flows = [];
    private readonly Dictionary<(string, string), List<StoredFlowVersion>> _versions = [];
    private readonly Dictionary<(TriggerType, string), TriggerBinding> _triggers = [];

    public InMemoryFlowRepository() : this(TimeProvider.System)
    {
    }

    public ValueTask<IReadOnlyList<StoredFlow>> ListAsync(string companyId, FlowQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<StoredFlow>>(_flows.Values
                .Where(f => f.CompanyId == companyId)
                .Where(f => query.Status is null || f.Status == query.Status)
                .Where(f => query.Search is null || f.Id.Contains(query.Search, StringComparison.OrdinalIgnoreCase) || f.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
                .ToList());
        }
    }

    public ValueTask<StoredFlow?> GetAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_flows.GetValueOrDefault((companyId, flowId)));
    }

    public ValueTask<StoredFlow> CreateAsync(string companyId, FlowDefinition draft, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_flows.ContainsKey((companyId, draft.Id))) throw new FlowExistsException(draft.Id);
            var now = time.GetUtcNow();
            var flow = new StoredFlow(companyId, draft.Id, draft.Name, FlowStatus.Draft, draft with { Status = FlowStatus.Draft, Version = 0 }, 1, null, null, now, now);
            _flows[(companyId, draft.Id)] = flow;
            return ValueTask.FromResult(flow);
        }
    }

    public ValueTask<StoredFlow> SaveDraftAsync(string companyId, FlowDefinition draft, long expectedRevision, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var flow = _flows.GetValueOrDefault((companyId, draft.Id)) ?? throw new FlowNotFoundException(draft.Id);
            if (flow.Revision != expectedRevision) throw new ConcurrencyConflictException(draft.Id, expectedRevision, flow.Revision);
            var saved = flow with { Name = draft.Name, Draft = draft with { Status = flow.Status, Version = 0 }, Revision = flow.Revision + 1, UpdatedAt = time.GetUtcNow() };
            _flows[(companyId, draft.Id)] = saved;
            return ValueTask.FromResult(saved);
        }
    }

    public ValueTask<StoredFlow> SetStatusAsync(string companyId, string flowId, FlowStatus status, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var flow = _flows.GetValueOrDefault((companyId, flowId)) ?? throw new FlowNotFoundException(flowId);
            if (status == FlowStatus.Archived) Unbind(companyId, flowId);
            var saved = flow with { Status = status, UpdatedAt = time.GetUtcNow(), Revision = flow.Revision + 1 };
            _flows[(companyId, flowId)] = saved;
            return ValueTask.FromResult(saved);
        }
    }

    public ValueTask<StoredFlowVersion> PublishAsync(string companyId, string flowId, FlowDefinition definition, string? note, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var flow = _flows.GetValueOrDefault((companyId, flowId)) ?? throw new FlowNotFoundException(flowId);
            var key = TriggerKey(definition);
            if (key is { } k && _triggers.TryGetValue(k, out var owner) && (owner.CompanyId, owner.FlowId) != (companyId, flowId))
                throw new TriggerConflictException(k.Item1, k.Item2, owner.FlowId);
            var versions = _versions.TryGetValue((companyId, flowId), out var list) ? list : _versions[(companyId, flowId)] = [];
            var number = (flow.LatestVersion ?? 0) + 1;
            var version = new StoredFlowVersion(companyId, flowId, number, definition with { Version = number, Status = FlowStatus.Published }, note, time.GetUtcNow(), false);
            versions.Add(version);
            Unbind(companyId, flowId);
            if (key is { } bind) _triggers[bind] = new TriggerBinding(bind.Item1, bind.Item2, companyId, flowId, number, definition.Trigger!.Synchronous);
            _flows[(companyId, flowId)] = flow with { Status = FlowStatus.Published, LatestVersion = number, PublishedVersion = number, UpdatedAt = time.GetUtcNow() };
            return ValueTask.FromResult(version);
        }
    }

    public ValueTask<StoredFlow> RetractAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var flow = _flows.GetValueOrDefault((companyId, flowId)) ?? throw new FlowNotFoundException(flowId);
            if (flow.PublishedVersion is { } published && _versions.TryGetValue((companyId, flowId), out var versions))
            {
                var index = versions.FindIndex(v => v.Version == published);
                versions[index] = versions[index] with { Retracted = true };
            }
            Unbind(companyId, flowId);
            var saved = flow with { Status = FlowStatus.Draft, PublishedVersion = null, UpdatedAt = time.GetUtcNow() };
            _flows[(companyId, flowId)] = saved;
            return ValueTask.FromResult(saved);
        }
    }

    public ValueTask<IReadOnlyList<StoredFlowVersion>> ListVersionsAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<StoredFlowVersion>>(
                _versions.TryGetValue((companyId, flowId), out var versions) ? versions.OrderByDescending(v => v.Version).ToList() : []);
        }
    }

    public ValueTask<StoredFlowVersion?> GetVersionAsync(string companyId, string flowId, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_versions.TryGetValue((companyId, flowId), out var versions) ? versions.FirstOrDefault(v => v.Version == version) : null);
        }
    }

    public ValueTask<TriggerBinding?> FindTriggerAsync(TriggerType type, string key, CancellationToken cancellationToken)
    {
        lock (_gate) return ValueTask.FromResult(_triggers.GetValueOrDefault((type, TriggerKeys.Normalize(type, key))));
    }

    private void Unbind(string companyId, string flowId)
    {
        foreach (var key in _triggers.Where(t => t.Value.CompanyId == companyId && t.Value.FlowId == flowId).Select(t => t.Key).ToList())
            _triggers.Remove(key);
    }

    private static (TriggerType, string)? TriggerKey(FlowDefinition definition) =>
        TriggerKeys.For(definition) is { } key ? (definition.Trigger!.Type, key) : null;
}
