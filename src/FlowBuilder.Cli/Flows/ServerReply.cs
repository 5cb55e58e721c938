namespace FlowBuilder.Cli.Flows;

/// <summary>What the server answered, or <see cref="TransportError"/> when it could not be asked.</summary>
internal sealed record ServerReply(int Status, string? Reason, string Body, string? TransportError)
{
    public bool IsSuccess => TransportError is null && Status is >= 200 and < 300;

    public static ServerReply Unreachable(string message) => new(0, null, "", message);
}
