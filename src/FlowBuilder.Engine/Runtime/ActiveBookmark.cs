namespace FlowBuilder.Engine.Runtime;

/// <summary>The wait an instance is suspended on. <see cref="StateJson"/> is the activity's own state.</summary>
public sealed record ActiveBookmark(
    string Id,
    string NodeId,
    string Name,
    string? CorrelationKey,
    DateTimeOffset? ResumeAt,
    string? StateJson,
    DateTimeOffset CreatedAt);
