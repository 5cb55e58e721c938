using System.Text;

namespace FlowBuilder.Telephony.Sip.Messages;

public sealed class SipResponse(int statusCode, string? reasonPhrase = null) : SipMessage
{
    public int StatusCode { get; } = statusCode is >= 100 and <= 699
        ? statusCode
        : throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "A SIP status code is 100–699.");

    public string ReasonPhrase { get; set; } = reasonPhrase ?? SipReasonPhrases.For(statusCode);

    public bool IsProvisional => StatusCode < 200;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public bool IsFinal => StatusCode >= 200;

    internal override void WriteStartLine(StringBuilder builder) =>
        builder.Append(Version).Append(' ').Append(StatusCode).Append(' ').Append(ReasonPhrase).Append("\r\n");
}
