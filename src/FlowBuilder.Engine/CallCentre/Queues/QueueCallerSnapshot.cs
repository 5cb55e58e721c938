namespace FlowBuilder.Engine.CallCentre.Queues;

/// <summary>One caller waiting in a queue; <paramref name="Position"/> is 1 for the caller at the head.</summary>
public sealed record QueueCallerSnapshot(string CallId, string Caller, int Position, DateTimeOffset EnteredAt, double WaitSeconds);
