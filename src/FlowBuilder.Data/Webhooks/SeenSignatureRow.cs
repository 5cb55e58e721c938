namespace FlowBuilder.Data.Webhooks;

internal sealed class SeenSignatureRow
{
    public string SignatureHash { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}
