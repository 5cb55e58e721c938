namespace FlowBuilder.Data.Webhooks;

internal sealed class WebhookSecretRow
{
    public string CompanyId { get; set; } = "";
    public string FlowId { get; set; } = "";
    public string Secret { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousValidUntil { get; set; }

    public WebhookSecret ToSecret() => new(CompanyId, FlowId, Secret, CreatedAt, PreviousSecret, PreviousValidUntil);
}
