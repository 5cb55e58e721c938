using FlowBuilder.Engine.Runtime;

namespace FlowBuilder.Server.Webhooks;

/// <summary>The answer of a synchronous webhook whose flow settled without replying.</summary>
internal sealed record WebhookSettledView(string InstanceId, InstanceStatus Status, object? Result, string? Fault);
