namespace FlowBuilder.Server.Notifications;

/// <summary>Event notification delivery (section <c>FlowBuilder:Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string Section = "FlowBuilder:Notifications";

    /// <summary>Attempts before a delivery is dead. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; doubles per attempt up to <see cref="MaxRetryDelay"/>, plus up to 20 % jitter. Default 10 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between attempts. Default 1 h.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one POST to a subscriber may take. Default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most POSTs in flight at once. Default 32.</summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>Most deliveries claimed in one query. Default 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the outbox is checked when nothing wakes the dispatcher (events published on another node,
    /// retries coming due). Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>This node's name on the deliveries it claims; at startup it takes back those it had in flight when it
    /// stopped. Default: the machine name. Give each node sharing one database its own.</summary>
    public string? NodeId { get; set; }

    /// <summary>Whether the dispatcher runs on this node. Default true.</summary>
    public bool Dispatch { get; set; } = true;

    internal string Node => string.IsNullOrWhiteSpace(NodeId) ? Environment.MachineName : NodeId;
}
