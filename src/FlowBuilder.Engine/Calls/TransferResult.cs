namespace FlowBuilder.Engine.Calls;

/// <param name="StatusCode">The SIP status that decided it (the REFER's response, or the NOTIFY's sipfrag status).</param>
public sealed record TransferResult(TransferStatus Status, int? StatusCode = null, string? Error = null);
