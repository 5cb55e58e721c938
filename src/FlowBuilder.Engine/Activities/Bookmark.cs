namespace FlowBuilder.Engine.Activities;

/// <summary>What a suspended node waits for.</summary>
/// <param name="Name">The stimulus name that resumes it, e.g. <c>dtmf</c>, <c>callback</c>, <c>subflow.completed</c>.</param>
/// <param name="CorrelationKey">When set, only a stimulus with the same key resumes it (and the key finds the instance).</param>
/// <param name="ResumeAt">When set, a <see cref="Stimulus.TimeoutName"/> stimulus resumes it at this time if nothing else did.</param>
/// <param name="State">Activity state kept across the wait and given back on resume (JSON-like values only).</param>
public sealed record Bookmark(string Name, string? CorrelationKey = null, DateTimeOffset? ResumeAt = null, object? State = null);
