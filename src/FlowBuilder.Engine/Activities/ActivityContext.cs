using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.Activities;

/// <summary>
/// What an activity sees of the instance running it. One context serves an instance for its whole
/// run and is re-pointed at each node, so an activity must not keep it past its step.
/// </summary>
public sealed class ActivityContext
{
    private readonly InstanceState _state;
    private readonly IInstanceHost _host;
    private List<KeyValuePair<string, object?>>? _evaluated;
    private Dictionary<string, object?>? _outputs;
    private int _eventNumber;
    private int _attempt = 1;

    internal ActivityContext(InstanceState state, IInstanceHost host)
    {
        _state = state;
        _host = host;
        Scope = new ExpressionScope(state.Variables, state.Input, state.Trigger, state.Outputs);
    }

    public string InstanceId => _state.Id;
    public string CompanyId => _state.CompanyId;
    public string FlowId => _state.FlowId;
    public int FlowVersion => _state.FlowVersion;
    public string NodeId { get; private set; } = "";

    /// <summary>The instance's step number of this execution of the node: it grows by one each time a node starts, and stays the
    /// same while the node waits, resumes and is retried, also after a restart. Stable ids of what an execution does
    /// (a metered action's source) use <see cref="ExecutionKey"/>.</summary>
    public int Step => _state.StepCount;

    /// <summary><c>instanceId:nodeId:step</c>: unique to this execution of the node and the same on its retries and resumes.</summary>
    public string ExecutionKey => $"{InstanceId}:{NodeId}:{Step}";

    /// <summary>1, 2, 3… for the countable events of this execution (each prompt a node speaks): with <see cref="ExecutionKey"/> a stable id of each.
    /// Starts again at 1 when the node's retry policy runs it again.</summary>
    public int NextEventNumber() => ++_eventNumber;

    /// <summary>1 on the first attempt; higher when the node's retry policy runs it again.</summary>
    public int Attempt
    {
        get => _attempt;
        internal set
        {
            _attempt = value;
            _eventNumber = 0;
        }
    }

    public CancellationToken CancellationToken { get; internal set; }
    public TimeProvider Time => _host.Time;
    public IServiceProvider Services => _host.Services;
    public ILogger Logger => _host.Logger;

    /// <summary>The state given to <see cref="Bookmark"/> when this node suspended, on resume.</summary>
    public object? BookmarkState { get; internal set; }

    public ExpressionScope Scope { get; }
    public IReadOnlyDictionary<string, object?> Input => _state.Input;
    public object? Trigger => _state.Trigger;
    public IDictionary<string, object?> Variables => _state.Variables;

    internal bool RecordInputs { get; set; }

    public T Eval<T>(Expression<T> expression)
    {
        var value = expression.Evaluate(Scope);
        if (RecordInputs) (_evaluated ??= []).Add(new(expression.InputName, value));
        return value;
    }

    /// <summary>Evaluates an optional input; <paramref name="fallback"/> when the flow left it out.</summary>
    public T Eval<T>(Expression<T>? expression, T fallback) => expression is null ? fallback : Eval(expression);

    public object? GetVariable(string name) => _state.Variables.GetValueOrDefault(name);

    public void SetVariable(string name, object? value)
    {
        var normalized = FlowValues.Normalize(value);
        lock (_state.Gate) _state.Variables[name] = normalized;
    }

    /// <summary>Sets an output of this node, readable later as <c>outputs.{nodeId}.{name}</c>.</summary>
    public void SetOutput(string name, object? value)
    {
        var normalized = FlowValues.Normalize(value);
        lock (_state.Gate)
        {
            if (_outputs is null)
            {
                _outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
                _state.Outputs[NodeId] = _outputs;
            }
            _outputs[name] = normalized;
        }
    }

    /// <summary>The instance's result, returned to whoever started it (End, Call Subflow's parent).</summary>
    public void SetResult(object? value) => _state.Result = FlowValues.Normalize(value);

    /// <summary>Answers the party that started the instance and waits for a reply (a synchronous webhook).</summary>
    public void Reply(FlowReply reply) => _host.Reply(reply);

    /// <summary>Starts another published flow as a child of this instance; its completion arrives
    /// as a <c>subflow.completed</c> stimulus keyed by the child's instance id.</summary>
    public ValueTask<string> StartChildAsync(string flowId, Dictionary<string, object?> input, CancellationToken cancellationToken) =>
        _host.StartChildAsync(flowId, input, cancellationToken);

    internal void EnterNode(string nodeId)
    {
        NodeId = nodeId;
        Attempt = 1;
        BookmarkState = null;
        _evaluated?.Clear();
        _outputs = null;
    }

    internal IReadOnlyList<KeyValuePair<string, object?>>? EvaluatedInputs => _evaluated is { Count: > 0 } ? _evaluated : null;
    internal Dictionary<string, object?>? StepOutputs => _outputs;
}
