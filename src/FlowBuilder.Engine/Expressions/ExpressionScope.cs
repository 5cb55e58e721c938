namespace FlowBuilder.Engine.Expressions;

/// <summary>What an expression sees: the flow's variables (<c>vars</c>/<c>variables</c>), its
/// inputs (<c>input</c>), the trigger payload (<c>trigger</c>) and earlier nodes' outputs
/// (<c>outputs.nodeId.name</c>). Values are plain JSON-like CLR values (see <see cref="FlowValues"/>).</summary>
public sealed class ExpressionScope(
    Dictionary<string, object?> variables,
    Dictionary<string, object?> input,
    object? trigger,
    Dictionary<string, object?> outputs)
{
    private Dictionary<string, object?>? _templateContext;

    public Dictionary<string, object?> Variables { get; } = variables;
    public Dictionary<string, object?> Input { get; } = input;
    public object? Trigger { get; } = trigger;
    public Dictionary<string, object?> Outputs { get; } = outputs;

    /// <summary>The names a template can start a path with.</summary>
    internal Dictionary<string, object?> TemplateContext => _templateContext ??= new Dictionary<string, object?>
    {
        ["vars"] = Variables,
        ["variables"] = Variables,
        ["input"] = Input,
        ["trigger"] = Trigger,
        ["outputs"] = Outputs,
    };

    public static ExpressionScope Empty() => new([], [], null, []);
}
