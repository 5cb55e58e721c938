namespace FlowBuilder.Engine.Expressions;

/// <summary>A compile-time problem in an expression; line and column are 1-based within the expression text.</summary>
public sealed record ExpressionSyntaxError(string Message, int Line, int Column);
