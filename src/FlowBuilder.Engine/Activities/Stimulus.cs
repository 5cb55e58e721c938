namespace FlowBuilder.Engine.Activities;

/// <summary>Something that happened to an instance: DTMF, a call event, a webhook reply, a timer.
/// A stimulus that arrives before the bookmark waiting for it is kept until it is asked for.</summary>
public sealed record Stimulus(string Name, object? Payload = null, string? CorrelationKey = null)
{
    public const string TimeoutName = "timeout";

    /// <summary>For timeouts: the bookmark the timer belongs to, so a stale timer cannot resume a later wait.</summary>
    public string? BookmarkId { get; init; }

    public bool IsTimeout => Name == TimeoutName;
}
