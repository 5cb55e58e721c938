namespace FlowBuilder.Engine.Messaging;

/// <summary>The names statuses have in the API, events and flows (<c>opted-out</c>), and which are final.</summary>
public static class SmsStatuses
{
    public static string Name(SmsStatus status) => status switch
    {
        SmsStatus.OptedOut => "opted-out",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static SmsStatus? Parse(string? name)
    {
        foreach (var status in Enum.GetValues<SmsStatus>())
        {
            if (string.Equals(Name(status), name?.Trim(), StringComparison.OrdinalIgnoreCase)) return status;
        }
        return null;
    }

    public static bool IsFinal(SmsStatus status) => status is SmsStatus.Delivered or SmsStatus.Failed or SmsStatus.OptedOut or SmsStatus.Received;

    /// <summary>Still owed a hand-over to the network: picked up again after a restart.</summary>
    public static bool IsPending(SmsStatus status) => status is SmsStatus.Queued or SmsStatus.Sending or SmsStatus.Retrying;

    public static readonly IReadOnlyList<SmsStatus> Pending = [SmsStatus.Queued, SmsStatus.Sending, SmsStatus.Retrying];
}
