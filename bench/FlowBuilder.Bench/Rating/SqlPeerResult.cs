namespace FlowBuilder.Bench.Rating;

/// <summary>One database's run of the SQL rating peer: <paramref name="Load"/> = creating and filling the prefixes table;
/// <paramref name="SingleThread"/> = <paramref name="Cdrs"/> CDRs on one connection; <paramref name="AllCores"/> = the same CDRs split
/// over <paramref name="Connections"/> connections, one thread each.</summary>
internal sealed record SqlPeerResult(string System, int Cdrs, TimeSpan Load, TimeSpan SingleThread, TimeSpan AllCores, int Connections)
{
    public double SingleThreadPerSecond => Cdrs / SingleThread.TotalSeconds;

    public double AllCoresPerSecond => Cdrs / AllCores.TotalSeconds;
}
