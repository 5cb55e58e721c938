namespace FlowBuilder.Campaigns.ClickToCall.Hosting;

/// <summary>Click-to-call settings (<c>FlowBuilder:ClickToCall</c>).</summary>
public sealed class ClickToCallOptions
{
    public const string SectionName = "FlowBuilder:ClickToCall";

    /// <summary>Whether this node dials requests (intake works either way); default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>This node's name on claims; default the machine name. Keep it stable across restarts.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    /// <summary>Requests one node runs at once (each may hold two calls); default 20.</summary>
    public int MaxConcurrentRequests { get; set; } = 20;

    /// <summary>How long a claim on a request lasts; renewed at half-time while the attempt runs. Default 120 s.</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>How often the dispatcher looks for due requests when nothing woke it; default 5 s.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>Requests one client number may make per <see cref="PerNumberWindowMinutes"/>; default 3.</summary>
    public int PerNumberLimit { get; set; } = 3;

    public int PerNumberWindowMinutes { get; set; } = 60;

    /// <summary>Requests one source address may make per <see cref="PerAddressWindowMinutes"/>; default 10.</summary>
    public int PerAddressLimit { get; set; } = 10;

    public int PerAddressWindowMinutes { get; set; } = 60;

    /// <summary>How often the reminder job looks for overdue requests; default 30 s.</summary>
    public int ReminderPollSeconds { get; set; } = 30;

    /// <summary>The server's public address for embed snippets (https://flows.example.com); null: the request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}
