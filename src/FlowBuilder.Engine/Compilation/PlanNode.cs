using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Descriptors;
using Polly;

namespace FlowBuilder.Engine.Compilation;

/// <summary>A node ready to run: its activity object, its bound inputs (expressions compiled) and
/// its outgoing edges indexed by outcome.</summary>
public sealed class PlanNode
{
    private Dictionary<string, PlanNode> _next = new(StringComparer.Ordinal);

    internal PlanNode(FlowNode definition, ActivityRegistration registration, IActivity activity, object inputs, ResiliencePipeline? retry)
    {
        Definition = definition;
        Registration = registration;
        Activity = activity;
        Inputs = inputs;
        Retry = retry;
    }

    public string Id => Definition.Id;
    public FlowNode Definition { get; }
    public ActivityRegistration Registration { get; }
    public IActivity Activity { get; }
    public object Inputs { get; }
    internal ResiliencePipeline? Retry { get; }

    public PlanNode? FaultNext { get; private set; }

    /// <summary>The node wired to <paramref name="outcome"/>, or null when the path ends there.</summary>
    public PlanNode? Next(string outcome) => _next.GetValueOrDefault(outcome);

    internal void Connect(string outcome, PlanNode target)
    {
        _next[outcome] = target;
        if (outcome == Outcomes.Fault) FaultNext = target;
    }

    internal void Freeze() => _next = new Dictionary<string, PlanNode>(_next, StringComparer.Ordinal);
}
