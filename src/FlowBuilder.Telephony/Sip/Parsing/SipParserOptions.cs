namespace FlowBuilder.Telephony.Sip.Parsing;

public sealed record SipParserOptions
{
    public static SipParserOptions Default { get; } = new();

    /// <summary>Largest message accepted, in bytes, headers and body together. Default 64 KiB.</summary>
    public int MaxMessageSize { get; init; } = 64 * 1024;
}
