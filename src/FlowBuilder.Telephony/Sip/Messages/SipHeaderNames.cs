using System.Collections.Frozen;

namespace FlowBuilder.Telephony.Sip.Messages;

/// <summary>Header names, their compact forms (RFC 3261 §7.3.3 and later RFCs) and which ones hold comma lists.</summary>
public static class SipHeaderNames
{
    public const string Via = "Via";
    public const string From = "From";
    public const string To = "To";
    public const string CallId = "Call-ID";
    public const string CSeq = "CSeq";
    public const string MaxForwards = "Max-Forwards";
    public const string Contact = "Contact";
    public const string ContentLength = "Content-Length";
    public const string ContentType = "Content-Type";
    public const string ContentEncoding = "Content-Encoding";
    public const string Route = "Route";
    public const string RecordRoute = "Record-Route";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string Authorization = "Authorization";
    public const string ProxyAuthenticate = "Proxy-Authenticate";
    public const string ProxyAuthorization = "Proxy-Authorization";
    public const string Allow = "Allow";
    public const string Supported = "Supported";
    public const string Require = "Require";
    public const string Expires = "Expires";
    public const string UserAgent = "User-Agent";
    public const string Subject = "Subject";
    public const string Event = "Event";
    public const string ReferTo = "Refer-To";

    private static readonly FrozenDictionary<string, string> Compact = new Dictionary<string, string>
    {
        ["i"] = CallId, ["m"] = Contact, ["e"] = ContentEncoding, ["l"] = ContentLength, ["f"] = From,
        ["t"] = To, ["v"] = Via, ["k"] = Supported, ["c"] = ContentType, ["s"] = Subject,
        ["o"] = Event, ["r"] = ReferTo, ["u"] = "Allow-Events", ["b"] = "Referred-By", ["x"] = "Session-Expires",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Known = new[]
    {
        Via, From, To, CallId, CSeq, MaxForwards, Contact, ContentLength, ContentType, ContentEncoding, Route, RecordRoute,
        WwwAuthenticate, Authorization, ProxyAuthenticate, ProxyAuthorization, Allow, Supported, Require, Expires, UserAgent,
        Subject, Event, ReferTo, "Allow-Events", "Referred-By", "Session-Expires", "Accept", "Accept-Encoding", "Accept-Language",
        "Alert-Info", "Call-Info", "Content-Disposition", "Content-Language", "Date", "Error-Info", "In-Reply-To", "Min-Expires",
        "MIME-Version", "Organization", "Priority", "Proxy-Require", "Reply-To", "Retry-After", "Server", "Timestamp",
        "Unsupported", "Warning", "RSeq", "RAck", "Path", "Service-Route", "Min-SE", "Authentication-Info", "Replaces",
    }.ToFrozenDictionary(n => n, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Lists = new[]
    {
        Via, Contact, Route, RecordRoute, Allow, Supported, Require, "Proxy-Require", "Unsupported", "Accept",
        "Accept-Encoding", "Accept-Language", ContentEncoding, "Content-Language", "Alert-Info", "Call-Info", "Error-Info",
        "In-Reply-To", "Warning", "Allow-Events", "Path", "Service-Route",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The long, canonically cased name: <c>i</c> → <c>Call-ID</c>, <c>cseq</c> → <c>CSeq</c>; unknown names as given.</summary>
    public static string Canonical(string name) =>
        Compact.TryGetValue(name, out var full) ? full : Known.TryGetValue(name, out var known) ? known : name;

    /// <summary>True for headers whose values may be combined into one line separated by commas (RFC 3261 §7.3.1).</summary>
    public static bool IsList(string name) => Lists.Contains(Canonical(name));
}
