namespace FlowBuilder.Telephony.Media.Bridging;

/// <summary>The live, thread-safe counters behind <see cref="BridgeCounters"/>; one per leg, kept across its bridges.</summary>
internal sealed class RelayCounters
{
    private long _relayed;
    private long _dropped;
    private long _latencyTotal;
    private long _latencyMax;

    public void Relayed(long latencyTicks)
    {
        Interlocked.Increment(ref _relayed);
        Interlocked.Add(ref _latencyTotal, latencyTicks);
        var max = Interlocked.Read(ref _latencyMax);
        while (latencyTicks > max)
        {
            var seen = Interlocked.CompareExchange(ref _latencyMax, latencyTicks, max);
            if (seen == max) break;
            max = seen;
        }
    }

    public void Dropped() => Interlocked.Increment(ref _dropped);

    public BridgeCounters Snapshot() =>
        new(Interlocked.Read(ref _relayed), Interlocked.Read(ref _dropped), Interlocked.Read(ref _latencyTotal), Interlocked.Read(ref _latencyMax));
}
