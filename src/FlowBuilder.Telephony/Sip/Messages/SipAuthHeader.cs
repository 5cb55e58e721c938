using System.Diagnostics.CodeAnalysis;
using System.Text;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// A WWW-Authenticate, Proxy-Authenticate, Authorization or Proxy-Authorization value: a scheme and
/// comma-separated auth-params (RFC 3261 §25.1). Parameter values are kept as written, quotes included;
/// <see cref="Get"/> returns them unquoted.
/// </summary>
public sealed record SipAuthHeader(string Scheme, SipParameters Parameters)
{
    public string? Get(string name) => Parameters.Get(name) is { } raw ? SipGrammar.Unquote(raw) : null;

    public static bool TryParse(string? text, [NotNullWhen(true)] out SipAuthHeader? header)
    {
        header = null;
        if (text is null) return false;
        text = text.Trim(' ', '\t');
        var space = text.IndexOfAny([' ', '\t']);
        var scheme = space < 0 ? text : text[..space];
        if (!SipGrammar.IsToken(scheme)) return false;
        var items = new List<SipParameter>();
        if (space >= 0)
        {
            foreach (var raw in SipParameters.SplitOutsideQuotes(text[space..], ','))
            {
                var part = raw.Trim(' ', '\t');
                if (part.Length == 0) continue;
                var equals = part.IndexOf('=');
                if (equals <= 0) return false;
                var name = part[..equals].Trim(' ', '\t');
                var value = part[(equals + 1)..].Trim(' ', '\t');
                if (!SipGrammar.IsToken(name) || value.Length == 0) return false;
                if (value[0] == '"' && SipGrammar.Unquote(value) == value) return false;
                items.Add(new SipParameter(name, value));
            }
        }
        header = new SipAuthHeader(scheme, new SipParameters(items));
        return true;
    }

    public override string ToString()
    {
        var builder = new StringBuilder(Scheme);
        for (var i = 0; i < Parameters.Count; i++)
        {
            builder.Append(i == 0 ? " " : ", ").Append(Parameters[i].Name).Append('=').Append(Parameters[i].Value);
        }
        return builder.ToString();
    }
}
