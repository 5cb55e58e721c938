using FlowBuilder.Server.Tests.Infrastructure;

namespace FlowBuilder.Server.Tests.Notifications;

/// <summary>The server with millisecond retries (10 ms doubling, capped at 40 ms) and three attempts before a delivery is dead.</summary>
public sealed class NotificationsApiFactory : FlowBuilderApiFactory
{
    public const int MaxAttempts = 3;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FlowBuilder:Notifications:FirstRetryDelay"] = "00:00:00.010",
        ["FlowBuilder:Notifications:MaxRetryDelay"] = "00:00:00.040",
        ["FlowBuilder:Notifications:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["FlowBuilder:Notifications:Timeout"] = "00:00:05",
    };
}
