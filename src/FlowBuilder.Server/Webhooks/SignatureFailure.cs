namespace FlowBuilder.Server.Webhooks;

/// <summary>Why a signed webhook was refused (the <c>reason</c> of its 401).</summary>
internal enum SignatureFailure
{
    Missing,
    Malformed,
    Expired,
    Mismatch,
    NoSecret,
    Replayed,
}
