using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>The CSeq header (RFC 3261 §20.16): a sequence number below 2^31 and a method.</summary>
public readonly record struct SipCSeq(long Number, string Method)
{
    public const long MaxNumber = int.MaxValue;

    public static bool TryParse(string? text, [NotNullWhen(true)] out SipCSeq? cseq)
    {
        cseq = null;
        if (text is null) return false;
        var trimmed = text.Trim(' ', '\t');
        var space = trimmed.IndexOfAny([' ', '\t']);
        if (space <= 0) return false;
        var digits = trimmed[..space];
        var method = trimmed[space..].Trim(' ', '\t');
        if (digits.Length > 10 || !digits.All(char.IsAsciiDigit) || !SipGrammar.IsToken(method)) return false;
        var number = long.Parse(digits, CultureInfo.InvariantCulture);
        if (number > MaxNumber) return false;
        cseq = new SipCSeq(number, method);
        return true;
    }

    public override string ToString() => $"{Number.ToString(CultureInfo.InvariantCulture)} {Method}";
}
