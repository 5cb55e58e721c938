namespace FlowBuilder.Engine.Expressions;

/// <summary>A <c>js:</c> expression or script, parsed once, run in the per-thread sandbox.</summary>
internal sealed class ScriptExpression : CompiledExpression
{
    private readonly ParsedScript _script;
    private readonly ScriptLimits _limits;

    private ScriptExpression(string source, ParsedScript script, ScriptLimits limits) : base(source)
    {
        _script = script;
        _limits = limits;
    }

    public override ExpressionKind Kind => ExpressionKind.JavaScript;

    public static CompiledExpression Compile(string source, ScriptLimits limits, out ExpressionSyntaxError? error)
    {
        var script = ParsedScript.Parse(ExpressionSyntax.ScriptBody(source), out error);
        return script is null ? new LiteralExpression(source, null) : new ScriptExpression(source, script, limits);
    }

    public override object? Evaluate(ExpressionScope scope) => ScriptHost.For(_limits).Run(_script, scope);
}
