namespace FlowBuilder.Telephony.Hosting;

/// <summary><c>FlowBuilder:Sip:RtpPortRange</c>: the inclusive UDP port range calls take RTP ports from (even ports, one per call).</summary>
public sealed class RtpPortRangeOptions
{
    public int First { get; set; } = 20000;

    public int Last { get; set; } = 29999;
}
