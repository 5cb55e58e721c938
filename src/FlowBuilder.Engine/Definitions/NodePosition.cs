namespace FlowBuilder.Engine.Definitions;

public sealed record NodePosition(double X, double Y);
