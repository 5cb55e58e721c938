namespace FlowBuilder.Data.Webhooks;

/// <summary>A flow's webhook signing secret. <see cref="Previous"/> is the secret it replaced, still accepted until
/// <see cref="PreviousValidUntil"/> so senders can roll over.</summary>
public sealed record WebhookSecret(string CompanyId, string FlowId, string Current, DateTimeOffset CreatedAt, string? Previous, DateTimeOffset? PreviousValidUntil)
{
    /// <summary>The secrets a signature may be made with at <paramref name="now"/>: the current one, then the previous one in its grace period.</summary>
    public IEnumerable<string> ValidAt(DateTimeOffset now)
    {
        yield return Current;
        if (Previous is not null && PreviousValidUntil is { } until && now < until) yield return Previous;
    }
}
