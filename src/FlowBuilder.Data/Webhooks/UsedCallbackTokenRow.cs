namespace FlowBuilder.Data.Webhooks;

internal sealed class UsedCallbackTokenRow
{
    public string TokenHash { get; set; } = "";
    public string? CompanyId { get; set; }
    public string? InstanceId { get; set; }
    public DateTimeOffset UsedAt { get; set; }
}
