using System.Globalization;
using System.Text;
using FlowBuilder.Telephony.Sip.Messages;

namespace FlowBuilder.Telephony.Sip.Parsing;

/// <summary>
/// Writes the canonical wire form: start line, one <c>Name: value</c> line per header in order (long names),
/// Content-Length equal to the body length (updated in place, or added last), a blank line and the body.
/// </summary>
internal static class SipMessageWriter
{
    public static byte[] Write(SipMessage message)
    {
        var builder = new StringBuilder(512);
        message.WriteStartLine(builder);
        var length = message.Body.Length.ToString(CultureInfo.InvariantCulture);
        var wroteLength = false;
        foreach (var header in message.Headers)
        {
            if (header.Name == SipHeaderNames.ContentLength)
            {
                if (wroteLength) continue;
                wroteLength = true;
                builder.Append(SipHeaderNames.ContentLength).Append(": ").Append(length).Append("\r\n");
                continue;
            }
            builder.Append(header.Name).Append(": ").Append(header.Value).Append("\r\n");
        }
        if (!wroteLength) builder.Append(SipHeaderNames.ContentLength).Append(": ").Append(length).Append("\r\n");
        builder.Append("\r\n");

        var text = builder.ToString();
        var headerBytes = Encoding.UTF8.GetByteCount(text);
        var result = new byte[headerBytes + message.Body.Length];
        Encoding.UTF8.GetBytes(text, result);
        message.Body.Span.CopyTo(result.AsSpan(headerBytes));
        return result;
    }
}
