namespace FlowBuilder.Engine.Definitions;

/// <summary>Retries a node whose activity throws (I/O failures), before its fault outcome is taken.</summary>
/// <param name="MaxAttempts">Total attempts including the first; 1 means no retry.</param>
/// <param name="DelayMs">Delay before the first retry, in milliseconds.</param>
/// <param name="Backoff">How the delay grows: constant, linear or exponential.</param>
public sealed record RetryPolicyDefinition(int MaxAttempts = 3, int DelayMs = 1000, RetryBackoff Backoff = RetryBackoff.Exponential);
