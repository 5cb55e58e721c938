namespace FlowBuilder.Engine.Definitions;

public enum RetryBackoff
{
    Constant,
    Linear,
    Exponential,
}
