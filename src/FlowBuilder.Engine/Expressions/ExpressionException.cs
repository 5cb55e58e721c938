namespace FlowBuilder.Engine.Expressions;

/// <summary>An expression failed while it ran (script error, time or statement limit, bad
/// conversion). The runner turns it into a fault of the node that evaluated it.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
