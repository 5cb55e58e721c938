namespace FlowBuilder.Engine.Expressions;

public enum ExpressionKind
{
    Literal,
    Template,
    JavaScript,
}
