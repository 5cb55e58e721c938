namespace FlowBuilder.Engine.Messaging;

/// <summary>A stored text message, outbound or inbound.</summary>
/// <param name="Parts">The network's id of each part, once accepted.</param>
/// <param name="Encoding"><c>gsm7</c> or <c>ucs2</c>: what the text needs.</param>
/// <param name="Attempts">Hand-overs to a transport so far.</param>
/// <param name="NextAttemptAt">When a <see cref="SmsStatus.Retrying"/> message is tried again.</param>
/// <param name="InstanceId">The flow instance that sent it (outbound) or that it started (inbound).</param>
public sealed record SmsMessage(
    string Id,
    string CompanyId,
    SmsDirection Direction,
    string From,
    string To,
    string Text,
    string Encoding,
    SmsStatus Status,
    IReadOnlyList<SmsPart> Parts,
    string? Error,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    string? InstanceId,
    string? NodeId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<SmsStatusChange> History)
{
    /// <summary>The same message moved to <paramref name="status"/> at <paramref name="at"/>, with the step in its history.</summary>
    public SmsMessage WithStatus(SmsStatus status, DateTimeOffset at, string? detail = null) =>
        this with { Status = status, UpdatedAt = at, History = [.. History, new SmsStatusChange(status, at, detail)] };
}
