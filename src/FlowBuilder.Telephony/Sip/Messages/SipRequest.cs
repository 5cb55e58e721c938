using System.Text;

namespace FlowBuilder.Telephony.Sip.Messages;

public sealed class SipRequest(string method, SipUri uri) : SipMessage
{
    /// <summary>The method as written; methods are case-sensitive.</summary>
    public string Method { get; } = method;

    public SipUri Uri { get; set; } = uri;

    /// <summary>
    /// A response per RFC 3261 §8.2.6.2: Via lines, From, To, Call-ID and CSeq copied; Record-Route copied
    /// for 101–299 (§12.1.1). Adding the To tag is the caller's decision.
    /// </summary>
    public SipResponse CreateResponse(int statusCode, string? reasonPhrase = null)
    {
        var response = new SipResponse(statusCode, reasonPhrase);
        foreach (var header in Headers)
        {
            var copy = header.Name switch
            {
                SipHeaderNames.Via or SipHeaderNames.From or SipHeaderNames.To or SipHeaderNames.CallId or SipHeaderNames.CSeq => true,
                SipHeaderNames.RecordRoute => statusCode is > 100 and < 300,
                _ => false,
            };
            if (copy) response.Headers.Add(header.Name, header.Value);
        }
        return response;
    }

    internal override void WriteStartLine(StringBuilder builder) =>
        builder.Append(Method).Append(' ').Append(Uri).Append(' ').Append(Version).Append("\r\n");
}
