namespace FlowBuilder.Telephony.Hosting;

/// <summary>Configuration section <c>FlowBuilder:Sip</c>: the SIP channel behind the engine's call port.</summary>
public sealed class SipOptions
{
    public const string SectionName = "FlowBuilder:Sip";

    /// <summary>Nothing SIP is registered or started unless true. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where SIP listens, as <c>transport:address:port</c> (<c>udp:0.0.0.0:5060</c>, <c>tcp:127.0.0.1:5080</c>); port 0 picks a free one.</summary>
    public List<string> Listen { get; set; } = [];

    /// <summary>The IP address put in SDP (and Contact when listening on 0.0.0.0); required then, else the first listen address.</summary>
    public string? MediaAddress { get; set; }

    public RtpPortRangeOptions RtpPortRange { get; set; } = new();

    /// <summary>Calls up at once; INVITEs beyond it get 503 with Retry-After. Default 1200.</summary>
    public int MaxCalls { get; set; } = 1200;

    /// <summary>Threads receiving (and relaying) RTP, each waiting on its own epoll set; calls are spread over them. Default: one per
    /// processor, at most 8.</summary>
    public int RtpReceiveThreads { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>The Retry-After of a 503 over <see cref="MaxCalls"/>, in seconds. Default 5.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>An answered call with no RTP or comfort noise for this long is hung up (cause media-timeout). Default 30 s.</summary>
    public int MediaTimeoutSeconds { get; set; } = 30;

    /// <summary>An inbound call its flow has not answered after this long is refused with 480. Default 60 s.</summary>
    public int AnswerTimeoutSeconds { get; set; } = 60;

    /// <summary>The folder Audio prompts are read from (the media library); null disables Audio prompts.</summary>
    public string? MediaFolder { get; set; }

    /// <summary>The rendered-prompt cache, in MiB. Default 64.</summary>
    public int PromptCacheMegabytes { get; set; } = 64;

    /// <summary>Run the RTP pacing thread as SCHED_FIFO (Linux; needs root or CAP_SYS_NICE, else it runs normally and
    /// says why in the log): steadier 20 ms frames on a busy machine.</summary>
    public bool RealtimePacer { get; set; } = true;

    /// <summary>Where call recordings (<c>rec-&lt;guid&gt;.wav</c>) are written; relative paths are under the working directory
    /// (the content root of the server). Created when missing; must be writable. Default <c>recordings</c>.</summary>
    public string RecordingsFolder { get; set; } = "recordings";

    /// <summary>How long a blind transfer (REFER) waits for the party's final NOTIFY before it counts as refused. Default 30 s.</summary>
    public int TransferTimeoutSeconds { get; set; } = 30;

    public SipTtsOptions Tts { get; set; } = new();

    public List<SipTrunkOptions> Trunks { get; set; } = [];

    /// <summary>The trunk calls go out on when a Dial names none; null for the only trunk, if there is exactly one.</summary>
    public string? DefaultTrunk { get; set; }

    /// <summary>Outbound routes by number prefix, with failover between trunks; none keeps <see cref="DefaultTrunk"/> for every number.</summary>
    public List<SipOutboundRouteOptions> Routes { get; set; } = [];

    /// <summary>The digest realm extensions authenticate in (REGISTER and their calls). Default <c>flowbuilder</c>.</summary>
    public string Realm { get; set; } = "flowbuilder";

    public SipRegistrarOptions Registrar { get; set; } = new();
}
