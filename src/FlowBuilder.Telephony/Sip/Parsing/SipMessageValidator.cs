using System.Globalization;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>Checks the headers every message needs (RFC 3261 §8.1.1, §20) and that their values parse.</summary>
internal static class SipMessageValidator
{
    private static readonly string[] SingleValued =
    [
        SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq, SipHeaderNames.MaxForwards,
        SipHeaderNames.ContentType,
    ];

    public static SipParseFailure? Validate(SipMessage message)
    {
        var request = message as SipRequest;
        string[] mandatory = request is null
            ? [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq]
            : [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq, SipHeaderNames.MaxForwards];
        foreach (var name in mandatory)
        {
            if (!message.Headers.Contains(name)) return new(SipParseError.MissingHeader, $"Missing {name} header");
        }
        foreach (var name in SingleValued)
        {
            if (message.Headers.LineCount(name) > 1) return new(SipParseError.DuplicateHeader, $"Multiple {name} headers");
        }

        foreach (var value in message.Headers.GetValues(SipHeaderNames.Via))
        {
            if (!SipVia.TryParse(value, out _)) return BadValue(SipHeaderNames.Via, value);
        }
        foreach (var name in (string[])[SipHeaderNames.From, SipHeaderNames.To])
        {
            var value = message.Headers[name]!;
            if (!SipNameAddress.TryParse(value, out _)) return BadValue(name, value);
        }
        var callId = message.Headers[SipHeaderNames.CallId]!;
        if (callId.Length == 0 || callId.Any(c => c <= ' ')) return BadValue(SipHeaderNames.CallId, callId);

        var cseqText = message.Headers[SipHeaderNames.CSeq]!;
        if (!SipCSeq.TryParse(cseqText, out var cseq)) return BadValue(SipHeaderNames.CSeq, cseqText);
        if (request is not null && cseq.Value.Method != request.Method)
        {
            return new(SipParseError.CSeqMismatch, $"CSeq method '{cseq.Value.Method}' does not match request method '{request.Method}'");
        }

        if (request is not null)
        {
            var maxForwards = message.Headers[SipHeaderNames.MaxForwards]!;
            if (maxForwards.Length is 0 or > 3 || !maxForwards.All(char.IsAsciiDigit) || int.Parse(maxForwards, CultureInfo.InvariantCulture) > 255)
            {
                return BadValue(SipHeaderNames.MaxForwards, maxForwards);
            }
        }

        var contacts = message.Headers.GetValues(SipHeaderNames.Contact);
        if (contacts is not ["*"])
        {
            foreach (var value in contacts)
            {
                if (!SipNameAddress.TryParse(value, out _)) return BadValue(SipHeaderNames.Contact, value);
            }
        }
        foreach (var name in (string[])[SipHeaderNames.Route, SipHeaderNames.RecordRoute])
        {
            foreach (var value in message.Headers.GetValues(name))
            {
                if (!SipNameAddress.TryParse(value, out _)) return BadValue(name, value);
            }
        }
        return null;
    }

    private static SipParseFailure BadValue(string name, string value) =>
        new(SipParseError.BadHeaderValue, $"Malformed {name} header '{SipMessageParser.Shorten(value)}'");
}
