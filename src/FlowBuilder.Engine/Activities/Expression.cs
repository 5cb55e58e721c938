using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Activities;

/// <summary>An activity input whose value is written in the flow as a literal, a <c>{{ }}</c>
/// template or <c>js:</c> JavaScript, compiled once when the flow is published. Read it with
/// <see cref="ActivityContext.Eval{T}(Expression{T})"/>.</summary>
public sealed class Expression<T> : IExpression
{
    private readonly bool _hasConstant;
    private readonly T _constant = default!;

    internal Expression(string inputName, CompiledExpression compiled)
    {
        InputName = inputName;
        Compiled = compiled;
        if (compiled is LiteralExpression literal && literal.Value is null or string or double or bool)
        {
            try
            {
                _constant = FlowValues.ConvertTo<T>(literal.Value);
                _hasConstant = true;
            }
            catch (Exception error) when (error is ExpressionException or OverflowException or FormatException)
            {
                // Left to fail at run time with the node id, like any other conversion.
            }
        }
    }

    public string InputName { get; }
    public CompiledExpression Compiled { get; }
    public ExpressionKind Kind => Compiled.Kind;

    /// <summary>Creates an expression from a constant, for activities composed in code and tests.</summary>
    public static Expression<T> Constant(T value, string inputName = "value") =>
        new(inputName, new LiteralExpression(FlowValues.ToCompactJson(value), FlowValues.Normalize(value)));

    internal T Evaluate(ExpressionScope scope)
    {
        if (_hasConstant) return _constant;
        var value = Compiled.Evaluate(scope);
        try
        {
            return FlowValues.ConvertTo<T>(value);
        }
        catch (Exception error) when (error is OverflowException or FormatException or InvalidCastException)
        {
            throw new ExpressionException($"Input '{InputName}': cannot use {FlowValues.Describe(value)} as {typeof(T).Name}.", error);
        }
    }

    object? IExpression.EvaluateObject(ExpressionScope scope) => Evaluate(scope);

    public override string ToString() => Compiled.Source;
}
