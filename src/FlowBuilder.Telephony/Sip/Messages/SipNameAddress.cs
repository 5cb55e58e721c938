using System.Diagnostics.CodeAnalysis;
using System.Text;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// A name-addr or addr-spec with header parameters, as in From, To, Contact, Route and Record-Route
/// (RFC 3261 §20.10). Without angle brackets, parameters after the URI belong to the header, not to the URI.
/// </summary>
public sealed record SipNameAddress(string? DisplayName, SipUri Uri, SipParameters Parameters)
{
    public SipNameAddress(SipUri uri) : this(null, uri, SipParameters.Empty)
    {
    }

    public string? Tag => Parameters.Get("tag");

    public SipNameAddress WithTag(string tag) => this with { Parameters = Parameters.With("tag", tag) };

    public SipNameAddress WithParameter(string name, string? value) => this with { Parameters = Parameters.With(name, value) };

    public static SipNameAddress Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a valid name-addr.");

    public static bool TryParse(string? text, [NotNullWhen(true)] out SipNameAddress? address)
    {
        address = null;
        if (text is null) return false;
        text = text.Trim(' ', '\t');
        if (text.Length == 0) return false;

        string? displayName = null;
        string uriText;
        string parameterText;
        var index = 0;
        if (text[0] == '"')
        {
            if (!SipGrammar.TryReadQuoted(text, ref index, out var quoted)) return false;
            displayName = quoted;
            index = SipGrammar.SkipWhitespace(text, index);
            if (index >= text.Length || text[index] != '<') return false;
        }
        var open = text.IndexOf('<', index);
        if (open >= 0)
        {
            if (displayName is null)
            {
                var raw = text[..open].Trim(' ', '\t');
                if (raw.Length > 0)
                {
                    if (!raw.All(c => SipGrammar.IsTokenChar(c) || SipGrammar.IsWhitespace(c) || c > '\u007f')) return false;
                    displayName = raw;
                }
            }
            var close = text.IndexOf('>', open);
            if (close < 0) return false;
            uriText = text[(open + 1)..close];
            parameterText = text[(close + 1)..];
            if (parameterText.Trim(' ', '\t') is { Length: > 0 } trailing && trailing[0] != ';') return false;
        }
        else
        {
            var semicolon = text.IndexOf(';');
            uriText = semicolon < 0 ? text : text[..semicolon];
            parameterText = semicolon < 0 ? "" : text[semicolon..];
            if (uriText.Contains('?') || uriText.Contains(',')) return false;
        }

        if (!SipUri.TryParse(uriText.Trim(' ', '\t'), out var uri)) return false;
        var parameters = SipParameters.Parse(parameterText);
        if (parameters is null) return false;
        address = new SipNameAddress(displayName, uri, parameters);
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(96);
        if (!string.IsNullOrEmpty(DisplayName)) builder.Append(SipGrammar.Quote(DisplayName)).Append(' ');
        builder.Append('<').Append(Uri).Append('>');
        Parameters.AppendTo(builder);
        return builder.ToString();
    }
}
