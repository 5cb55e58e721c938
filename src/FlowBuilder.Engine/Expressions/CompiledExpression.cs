namespace FlowBuilder.Engine.Expressions;

/// <summary>An input value compiled once at publish time: a literal, a Handlebars template or a parsed script.</summary>
public abstract class CompiledExpression(string source)
{
    public string Source { get; } = source;
    public abstract ExpressionKind Kind { get; }

    /// <summary>Evaluates against an instance's scope. Throws <see cref="ExpressionException"/> on failure.</summary>
    public abstract object? Evaluate(ExpressionScope scope);
}
