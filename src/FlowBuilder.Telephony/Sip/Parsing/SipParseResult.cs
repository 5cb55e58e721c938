using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>Either a valid message or the reason it was rejected; parsing never throws on bad input.</summary>
public sealed class SipParseResult
{
    private SipParseResult(SipMessage? message, SipParseFailure? failure)
    {
        Message = message;
        Failure = failure;
    }

    public SipMessage? Message { get; }

    public SipParseFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Message))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool IsSuccess => Message is not null;

    public static SipParseResult Success(SipMessage message) => new(message, null);

    public static SipParseResult Fail(SipParseFailure failure) => new(null, failure);

    internal static SipParseResult Fail(SipParseError error, string reason) => new(null, new SipParseFailure(error, reason));

    public override string ToString() => IsSuccess ? $"valid {Message.GetType().Name}" : $"{Failure.Error}: {Failure.Reason}";
}
