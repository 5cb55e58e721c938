using FlowBuilder.Engine.Billing;

namespace FlowBuilder.Engine.Calls;

/// <summary>
/// Finds the <see cref="ICallControl"/> that owns a call from the prefix of its id (<c>sip-…</c>,
/// <c>simulator-…</c>), and the channel new calls go out on when a flow has none yet.
/// </summary>
public sealed class CallChannels
{
    private readonly Dictionary<string, ICallControl> _byName;

    /// <param name="spending">Asked before every outbound dial to a number on any channel (<see cref="SpendingGuardedCallControl"/>);
    /// null (or the host's <see cref="UnlimitedSpending"/>): dials are never refused and the channels are used as given.</param>
    public CallChannels(IEnumerable<ICallControl> channels, CallChannelOptions? options = null, ISpendingGuard? spending = null)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _byName = new Dictionary<string, ICallControl>(StringComparer.Ordinal);
        foreach (var channel in channels) _byName[channel.Channel] = spending is null or UnlimitedSpending ? channel : new SpendingGuardedCallControl(channel, spending);
        var preferred = options?.DefaultChannel;
        // The simulator places no real call: it is the default only when configured so, never by elimination, so a
        // server without SIP refuses to "place" a call rather than pretending to.
        Default = preferred is not null && _byName.TryGetValue(preferred, out var named) ? named
            : _byName.GetValueOrDefault("sip") ?? _byName.Values.FirstOrDefault(c => c.Channel != Simulator.CallSimulator.ChannelName);
    }

    /// <summary>
    /// The channel for calls placed by flows that have no call yet and by the API when no channel is named; null when
    /// none is registered. The simulator is the default only when <see cref="CallChannelOptions.DefaultChannel"/> says so.
    /// </summary>
    public ICallControl? Default { get; }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public ICallControl? Named(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The channel whose prefix the id carries; null for an id no channel issued.</summary>
    public ICallControl? For(string callId)
    {
        ArgumentNullException.ThrowIfNull(callId);
        var dash = callId.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? _byName.GetValueOrDefault(callId[..dash]) : null;
    }
}
