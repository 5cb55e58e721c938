using System.Diagnostics.CodeAnalysis;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>
/// A rejected message: what was wrong (<see cref="Reason"/> is fit for a reason phrase) and, when the
/// header section could be read, its headers and the request method, so an error response can be built.
/// </summary>
public sealed record SipParseFailure(SipParseError Error, string Reason)
{
    public SipHeaders? Headers { get; init; }

    /// <summary>The method when the message was recognised as a request.</summary>
    public string? Method { get; init; }

    public bool IsRequest => Method is not null;

    /// <summary>The response code a server answers with: 505, 416, 413 or 400.</summary>
    public int StatusCode => Error switch
    {
        SipParseError.VersionNotSupported => 505,
        SipParseError.UnsupportedUriScheme => 416,
        SipParseError.TooLarge => 513,
        _ => 400,
    };

    /// <summary>
    /// Builds the error response (status <see cref="StatusCode"/>, reason <see cref="Reason"/>) when the
    /// failed message was a request carrying Via, From, To, Call-ID and CSeq; an ACK is never answered.
    /// </summary>
    public bool TryCreateResponse([NotNullWhen(true)] out SipResponse? response)
    {
        response = null;
        if (Headers is null || Method is null || Method == SipMethods.Ack) return false;
        string[] required = [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq];
        if (required.Any(name => !Headers.Contains(name))) return false;
        response = new SipResponse(StatusCode, Reason);
        foreach (var header in Headers)
        {
            if (required.Contains(header.Name)) response.Headers.Add(header.Name, header.Value);
        }
        return true;
    }
}
