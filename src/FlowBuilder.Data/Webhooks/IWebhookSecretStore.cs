namespace FlowBuilder.Data.Webhooks;

/// <summary>Per-flow webhook secrets, kept server-side (never in the flow file).</summary>
public interface IWebhookSecretStore
{
    ValueTask<WebhookSecret?> GetAsync(string companyId, string flowId, CancellationToken cancellationToken);

    /// <summary>Creates the flow's secret, or replaces it; the replaced one stays valid for <paramref name="grace"/>.</summary>
    ValueTask<WebhookSecret> RotateAsync(string companyId, string flowId, string secret, DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken);
}
