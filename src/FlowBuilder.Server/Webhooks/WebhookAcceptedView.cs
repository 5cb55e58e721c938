namespace FlowBuilder.Server.Webhooks;

/// <summary>The answer of an asynchronous webhook: the instance it started.</summary>
internal sealed record WebhookAcceptedView(string InstanceId);
