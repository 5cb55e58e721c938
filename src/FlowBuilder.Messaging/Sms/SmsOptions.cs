namespace FlowBuilder.Messaging.Sms;

/// <summary>Section <c>FlowBuilder:Sms</c>.</summary>
public sealed class SmsOptions
{
    public const string SectionName = "FlowBuilder:Sms";

    /// <summary>Sender id or number for messages that name none.</summary>
    public string? DefaultFrom { get; set; }

    /// <summary>The transport tried first (<c>smpp</c> or <c>http</c>); otherwise the first that is ready.</summary>
    public string? Transport { get; set; }

    /// <summary>Hand-overs before a message the network keeps refusing as unavailable (or with no gateway bound) is
    /// <c>failed</c>. Default 10: with the default delays (30 s doubling to 10 min) a message rides out about an hour of
    /// SMSC outage.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Wait before the first retry; doubled for each further one up to <see cref="MaxRetryDelay"/>. Default 30 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The company an inbound message belongs to when no keyword flow and no earlier message to its sender says. Default <c>default</c>.</summary>
    public string DefaultCompany { get; set; } = "default";
}
