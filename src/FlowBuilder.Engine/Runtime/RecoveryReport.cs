namespace FlowBuilder.Engine.Runtime;

public sealed record RecoveryReport(int Resumed, int Interrupted, int Failed);
