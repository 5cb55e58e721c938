namespace FlowBuilder.Data.Webhooks;

/// <summary>The result of claiming an idempotency key: <see cref="Claimed"/> when this request is the first
/// (or the earlier one expired or was abandoned), otherwise <see cref="Existing"/> is the earlier request.</summary>
public sealed record IdempotencyClaim(bool Claimed, IdempotentRequest? Existing);
