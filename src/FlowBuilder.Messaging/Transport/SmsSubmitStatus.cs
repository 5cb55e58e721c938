namespace FlowBuilder.Messaging.Transport;

public enum SmsSubmitStatus
{
    /// <summary>The network took every part.</summary>
    Accepted,

    /// <summary>Refused for good (bad number, bad content): do not retry.</summary>
    Rejected,

    /// <summary>Not taken now (not bound, throttled, timed out, gateway down): retry later.</summary>
    Unavailable,
}
