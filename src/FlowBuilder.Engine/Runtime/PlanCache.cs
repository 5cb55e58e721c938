using System.Collections.Concurrent;
using FlowBuilder.Engine.Compilation;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Validation;

namespace FlowBuilder.Engine.Runtime;

/// <summary>Compiled plans of published versions, compiled once per process and shared by every
/// instance on that version. Versions are immutable, so a cached plan never goes stale.</summary>
public sealed class PlanCache(IFlowRepository flows, FlowCompiler compiler)
{
    private readonly ConcurrentDictionary<(string, string, int), Lazy<Task<ExecutablePlan>>> _plans = new();

    public FlowCompiler Compiler => compiler;

    public async ValueTask<ExecutablePlan> GetAsync(string companyId, string flowId, int? version, CancellationToken cancellationToken)
    {
        var number = version ?? await LatestPublishedAsync(companyId, flowId, cancellationToken).ConfigureAwait(false);
        var lazy = _plans.GetOrAdd((companyId, flowId, number), key => new Lazy<Task<ExecutablePlan>>(() => LoadAsync(key.Item1, key.Item2, key.Item3)));
        try
        {
            return await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            _plans.TryRemove(new((companyId, flowId, number), lazy));
            throw;
        }
    }

    /// <summary>Puts a plan compiled elsewhere (at publish) into the cache.</summary>
    public void Add(string companyId, ExecutablePlan plan) =>
        _plans[(companyId, plan.FlowId, plan.Version)] = new Lazy<Task<ExecutablePlan>>(Task.FromResult(plan));

    private async ValueTask<int> LatestPublishedAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        var flow = await flows.GetAsync(companyId, flowId, cancellationToken).ConfigureAwait(false) ?? throw new FlowNotFoundException(flowId);
        if (flow.Status == FlowStatus.Archived || flow.PublishedVersion is null) throw new FlowNotPublishedException(flowId);
        return flow.PublishedVersion.Value;
    }

    private async Task<ExecutablePlan> LoadAsync(string companyId, string flowId, int version)
    {
        var stored = await flows.GetVersionAsync(companyId, flowId, version, CancellationToken.None).ConfigureAwait(false)
            ?? throw new FlowNotFoundException(flowId, version);
        var result = compiler.Compile(stored.Definition);
        return result.Plan ?? throw new FlowInvalidException(flowId, result.Report);
    }
}
