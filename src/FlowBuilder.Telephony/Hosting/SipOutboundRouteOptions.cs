namespace FlowBuilder.Telephony.Hosting;

/// <summary>
/// <c>FlowBuilder:Sip:Routes:n</c>: which trunk a dialled number goes out on. The routes whose <see cref="Prefix"/> starts the
/// number are tried longest prefix first, then by <see cref="Priority"/>; the next one is tried when a trunk fails (5xx, 6xx
/// other than 600, 408, no response), not when the callee is busy, does not answer or does not exist (404).
/// </summary>
public sealed class SipOutboundRouteOptions
{
    public string Name { get; set; } = "";

    /// <summary>Digits, optionally after a leading <c>+</c>; empty matches every number (the default route).</summary>
    public string Prefix { get; set; } = "";

    /// <summary>The name of a configured trunk.</summary>
    public string Trunk { get; set; } = "";

    /// <summary>Lower is tried first among routes with the same prefix. Default 0.</summary>
    public int Priority { get; set; }

    /// <summary>Characters removed from the start of the number before it is sent (e.g. 1 for an outside-line 9).</summary>
    public int StripDigits { get; set; }

    /// <summary>Put before the number after stripping (e.g. a carrier prefix).</summary>
    public string? Prepend { get; set; }

    /// <summary>The caller id presented on this route, replacing the Dial's (a trunk that only accepts its own numbers).</summary>
    public string? CallerId { get; set; }

    /// <summary>Put before the caller id (Dial's, else the trunk's) when <see cref="CallerId"/> is not set.</summary>
    public string? CallerIdPrepend { get; set; }
}
