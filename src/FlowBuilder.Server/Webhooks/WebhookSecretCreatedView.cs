namespace FlowBuilder.Server.Webhooks;

/// <summary>A new webhook secret, shown this once. <see cref="PreviousValidUntil"/> is when the replaced secret stops working.</summary>
internal sealed record WebhookSecretCreatedView(string Secret, DateTimeOffset CreatedAt, string Last4, DateTimeOffset? PreviousValidUntil, string Header, string Scheme);
