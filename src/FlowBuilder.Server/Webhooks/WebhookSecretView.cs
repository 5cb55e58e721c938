namespace FlowBuilder.Server.Webhooks;

/// <summary>What is shown of a flow's webhook secret after it was created: whether it exists, when it was made and
/// its last four characters; never the secret itself.</summary>
internal sealed record WebhookSecretView(bool Exists, DateTimeOffset? CreatedAt, string? Last4, DateTimeOffset? PreviousValidUntil, string Header, string Scheme);
