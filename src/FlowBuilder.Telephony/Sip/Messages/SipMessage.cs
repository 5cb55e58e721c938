using System.Globalization;
using System.Text;
using FlowBuilder.Telephony.Sip.Parsing;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>
/// What requests and responses share: version, headers and body. Typed properties read and write
/// <see cref="Headers"/> (the single source of truth); a getter returns null when the header is absent
/// or does not parse.
/// </summary>
public abstract class SipMessage
{
    public const string SipVersion = "SIP/2.0";

    public string Version { get; set; } = SipVersion;

    public SipHeaders Headers { get; } = new();

    public ReadOnlyMemory<byte> Body { get; set; }

    public IReadOnlyList<SipVia> Vias => ParseAll<SipVia>(SipHeaderNames.Via, SipVia.TryParse);

    public SipVia? TopVia
    {
        get => SipVia.TryParse(Headers.GetFirst(SipHeaderNames.Via), out var via) ? via : null;
        set
        {
            Headers.RemoveFirstValue(SipHeaderNames.Via);
            if (value is not null) Headers.AddFirst(SipHeaderNames.Via, value.ToString());
        }
    }

    public SipNameAddress? From
    {
        get => SipNameAddress.TryParse(Headers[SipHeaderNames.From], out var value) ? value : null;
        set => SetOrRemove(SipHeaderNames.From, value?.ToString());
    }

    public SipNameAddress? To
    {
        get => SipNameAddress.TryParse(Headers[SipHeaderNames.To], out var value) ? value : null;
        set => SetOrRemove(SipHeaderNames.To, value?.ToString());
    }

    public string? CallId
    {
        get => Headers[SipHeaderNames.CallId]?.Trim();
        set => SetOrRemove(SipHeaderNames.CallId, value);
    }

    public SipCSeq? CSeq
    {
        get => SipCSeq.TryParse(Headers[SipHeaderNames.CSeq], out var value) ? value : null;
        set => SetOrRemove(SipHeaderNames.CSeq, value?.ToString());
    }

    public int? MaxForwards
    {
        get => ParseInt(Headers[SipHeaderNames.MaxForwards]);
        set => SetOrRemove(SipHeaderNames.MaxForwards, value?.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Contact addresses; empty for <c>Contact: *</c> (see <see cref="IsWildcardContact"/>).</summary>
    public IReadOnlyList<SipNameAddress> Contacts => IsWildcardContact ? [] : ParseAll<SipNameAddress>(SipHeaderNames.Contact, SipNameAddress.TryParse);

    public SipNameAddress? Contact
    {
        get => Contacts is [var first, ..] ? first : null;
        set => SetOrRemove(SipHeaderNames.Contact, value?.ToString());
    }

    public bool IsWildcardContact => Headers.GetValues(SipHeaderNames.Contact) is ["*"];

    public IReadOnlyList<SipNameAddress> Routes => ParseAll<SipNameAddress>(SipHeaderNames.Route, SipNameAddress.TryParse);

    public IReadOnlyList<SipNameAddress> RecordRoutes => ParseAll<SipNameAddress>(SipHeaderNames.RecordRoute, SipNameAddress.TryParse);

    public string? ContentType
    {
        get => Headers[SipHeaderNames.ContentType]?.Trim();
        set => SetOrRemove(SipHeaderNames.ContentType, value);
    }

    /// <summary>The Content-Length header as written; the serialiser always writes the real body length.</summary>
    public int? ContentLength => ParseInt(Headers[SipHeaderNames.ContentLength]);

    public IReadOnlyList<SipAuthHeader> WwwAuthenticate => ParseAll<SipAuthHeader>(SipHeaderNames.WwwAuthenticate, SipAuthHeader.TryParse);

    public IReadOnlyList<SipAuthHeader> ProxyAuthenticate => ParseAll<SipAuthHeader>(SipHeaderNames.ProxyAuthenticate, SipAuthHeader.TryParse);

    public IReadOnlyList<SipAuthHeader> Authorization => ParseAll<SipAuthHeader>(SipHeaderNames.Authorization, SipAuthHeader.TryParse);

    public IReadOnlyList<SipAuthHeader> ProxyAuthorization => ParseAll<SipAuthHeader>(SipHeaderNames.ProxyAuthorization, SipAuthHeader.TryParse);

    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Sets the body and its Content-Type (null type removes the header).</summary>
    public void SetBody(string? contentType, string text)
    {
        Body = Encoding.UTF8.GetBytes(text);
        ContentType = contentType;
    }

    /// <summary>The canonical wire form with Content-Length set to the body length.</summary>
    public byte[] ToBytes() => SipMessageWriter.Write(this);

    public override string ToString() => Encoding.UTF8.GetString(ToBytes());

    internal abstract void WriteStartLine(StringBuilder builder);

    private delegate bool TryParser<T>(string? text, out T? value);

    private List<T> ParseAll<T>(string name, TryParser<T> parse) where T : class
    {
        var result = new List<T>();
        foreach (var value in Headers.GetValues(name))
        {
            if (parse(value, out var parsed) && parsed is not null) result.Add(parsed);
        }
        return result;
    }

    private void SetOrRemove(string name, string? value)
    {
        if (value is null) Headers.Remove(name);
        else Headers.Set(name, value);
    }

    private static int? ParseInt(string? text) =>
        int.TryParse(text?.Trim(' ', '\t'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
