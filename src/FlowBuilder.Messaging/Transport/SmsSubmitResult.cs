namespace FlowBuilder.Messaging.Transport;

/// <summary>What the network said to a submission. <paramref name="PartIds"/> holds the network's message id of each
/// part, in order (one for a short message); receipts name these ids.</summary>
public sealed record SmsSubmitResult(SmsSubmitStatus Status, IReadOnlyList<string> PartIds, string? Error = null, string? ErrorCode = null)
{
    public static SmsSubmitResult Accepted(IReadOnlyList<string> partIds) => new(SmsSubmitStatus.Accepted, partIds);

    public static SmsSubmitResult Rejected(string error, string? code = null) => new(SmsSubmitStatus.Rejected, [], error, code);

    public static SmsSubmitResult Unavailable(string error, string? code = null) => new(SmsSubmitStatus.Unavailable, [], error, code);
}
