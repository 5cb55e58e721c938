namespace FlowBuilder.Engine.Expressions;

internal sealed class LiteralExpression(string source, object? value) : CompiledExpression(source)
{
    public object? Value { get; } = value;
    public override ExpressionKind Kind => ExpressionKind.Literal;

    // Literal objects and arrays are copied so an activity that changes its result cannot change the plan.
    public override object? Evaluate(ExpressionScope scope) => Value is string or double or bool or null ? Value : FlowValues.Clone(Value);
}
