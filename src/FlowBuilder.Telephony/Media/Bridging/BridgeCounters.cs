using System.Diagnostics;

namespace FlowBuilder.Telephony.Media.Bridging;

/// <summary>
/// Media relayed from one bridged leg to the other, over all its bridges: packets sent on, packets dropped (comfort noise,
/// telephone-events the other leg did not negotiate, unknown payload types) and the time from receiving a packet to
/// sending it on, in <see cref="Stopwatch"/> ticks.
/// </summary>
public readonly record struct BridgeCounters(long RelayedPackets, long DroppedPackets, long LatencyTicksTotal, long LatencyTicksMax)
{
    public TimeSpan MeanLatency => RelayedPackets == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, LatencyTicksTotal / RelayedPackets);

    public TimeSpan MaxLatency => Stopwatch.GetElapsedTime(0, LatencyTicksMax);
}
