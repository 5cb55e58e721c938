using FlowBuilder.Engine.Expressions;

namespace FlowBuilder.Engine.Activities;

/// <summary>The untyped face of <see cref="Expression{T}"/>, for the engine and journal.</summary>
public interface IExpression
{
    string InputName { get; }
    ExpressionKind Kind { get; }
    object? EvaluateObject(ExpressionScope scope);
}
