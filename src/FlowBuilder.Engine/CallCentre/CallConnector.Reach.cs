using FlowBuilder.Engine.Calls;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Engine.CallCentre;

public sealed partial class CallConnector
{
    private static readonly TimeSpan OutsideRingTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Dials <paramref name="target"/> on <paramref name="channel"/> until someone answers, without touching any other leg: an
    /// extension with its forwarding (schedule and always before ringing, busy and no answer after; at most
    /// <see cref="ForwardingRules.MaxHops"/> hops, no target rung twice), a group by its ring mode, an outside number. Group members
    /// ring as they are, without their own forwarding. A cancelled <paramref name="cancellationToken"/> cancels the legs ringing.
    /// </summary>
    public ValueTask<ReachResult> ReachAsync(ICallControl channel, CallTarget target, ConnectOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        return ReachAsync(channel, target, options, new ReachTrail(), cancellationToken);
    }

    private async ValueTask<ReachResult> ReachAsync(ICallControl channel, CallTarget target, ConnectOptions options, ReachTrail trail, CancellationToken cancellationToken)
    {
        trail.Tried.Add(Key(target));
        return target.Kind switch
        {
            CallTargetKind.Extension => await ReachExtensionAsync(channel, target, options, trail, cancellationToken).ConfigureAwait(false),
            CallTargetKind.Group => await ReachGroupAsync(channel, target, options, trail, cancellationToken).ConfigureAwait(false),
            _ => await DialAsync(channel, target, options.RingTimeout ?? OutsideRingTimeout, options, cancellationToken).ConfigureAwait(false),
        };
    }

    private async ValueTask<ReachResult> ReachExtensionAsync(ICallControl channel, CallTarget target, ConnectOptions options, ReachTrail trail, CancellationToken cancellationToken)
    {
        if (target.Extension is not { } extension) return ReachResult.Failed($"Extension {target.Value} was not resolved: resolve targets with CallTargets.");
        if (!ForwardingRules.TryFindImmediate(extension.Forwarding, _time.GetUtcNow(), out var immediate, out var zoneError))
            _logger.LogWarning("Extension {Extension}: schedule ignored: {Error}", extension.Number, zoneError);
        if (immediate is not null && await ForwardAsync(channel, extension, immediate, options, trail, cancellationToken).ConfigureAwait(false) is { } forwarded)
            return forwarded;

        var ringFor = options.RingTimeout ?? TimeSpan.FromSeconds(extension.RingSeconds);
        var rung = await DialAsync(channel, target, ringFor, options, cancellationToken).ConfigureAwait(false);
        var next = rung.Status switch
        {
            DialStatus.Busy => ForwardingRules.OnBusy(extension.Forwarding),
            DialStatus.NoAnswer or DialStatus.Failed => ForwardingRules.OnNoAnswer(extension.Forwarding),
            _ => null,
        };
        return next is not null && await ForwardAsync(channel, extension, next, options, trail, cancellationToken).ConfigureAwait(false) is { } onward
            ? onward
            : rung;
    }

    /// <summary>Reaches the forwarding target; null when forwarding is not possible (too many hops, a bad or already tried target).</summary>
    private async ValueTask<ReachResult?> ForwardAsync(
        ICallControl channel, Extension from, string to, ConnectOptions options, ReachTrail trail, CancellationToken cancellationToken)
    {
        if (trail.Hops >= ForwardingRules.MaxHops)
        {
            _logger.LogWarning("Extension {Extension}: not forwarded to {Target}: the call was forwarded {Hops} times already", from.Number, to, trail.Hops);
            return null;
        }
        var resolution = await _targets.ResolveAsync(from.CompanyId, to, cancellationToken).ConfigureAwait(false);
        if (resolution.Target is not { } target)
        {
            _logger.LogWarning("Extension {Extension}: forwarding target {Target} ignored: {Error}", from.Number, to, resolution.Error);
            return null;
        }
        if (trail.Tried.Contains(Key(target))) return null;
        trail.Hops++;
        return await ReachAsync(channel, target, options, trail, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<ReachResult> ReachGroupAsync(ICallControl channel, CallTarget target, ConnectOptions options, ReachTrail trail, CancellationToken cancellationToken)
    {
        if (target.Group is not { } group) return ReachResult.Failed($"Group {target.Value} was not resolved: resolve targets with CallTargets.");
        var members = new List<CallTarget>();
        foreach (var member in group.Members)
        {
            var resolution = await _targets.ResolveAsync(group.CompanyId, member, cancellationToken).ConfigureAwait(false);
            if (resolution.Target is { Kind: not CallTargetKind.Group } resolved && trail.Tried.Add(Key(resolved))) members.Add(resolved);
            else if (!resolution.Succeeded) _logger.LogWarning("Group {Group}: member {Member} skipped: {Error}", group.Name, member, resolution.Error);
        }
        if (members.Count == 0) return ReachResult.Failed($"Group {group.Name} has no member that can be called.");
        var ringFor = options.RingTimeout ?? TimeSpan.FromSeconds(group.RingSeconds);
        if (group.RingMode == GroupRingMode.Sequential)
        {
            var results = new List<ReachResult>();
            foreach (var member in members)
            {
                var result = await DialAsync(channel, member, ringFor, options, cancellationToken).ConfigureAwait(false);
                if (result.Status == DialStatus.Answered) return result;
                results.Add(result);
            }
            return Summarize(group, results);
        }
        return await RingAllAsync(channel, group, members, ringFor, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rings every member at once: the first to answer wins, the others are cancelled (or hung up if they answered too).</summary>
    private async ValueTask<ReachResult> RingAllAsync(
        ICallControl channel, ExtensionGroup group, List<CallTarget> members, TimeSpan ringFor, ConnectOptions options, CancellationToken cancellationToken)
    {
        using var others = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ringing = members.Select(m => DialMemberAsync(channel, m, ringFor, options, others.Token)).ToList();
        var results = new List<ReachResult>();
        ReachResult? winner = null;
        while (ringing.Count > 0)
        {
            var done = await Task.WhenAny(ringing).ConfigureAwait(false);
            ringing.Remove(done);
            var result = await done.ConfigureAwait(false);
            if (result.Status == DialStatus.Answered && winner is null)
            {
                winner = result;
                await others.CancelAsync().ConfigureAwait(false);
            }
            else if (result.Status == DialStatus.Answered && result.Call is { } extra)
            {
                await HangUpQuietlyAsync(channel, extra.Id, HangUpCause.Normal).ConfigureAwait(false);
            }
            else if (winner is null)
            {
                results.Add(result);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return winner ?? Summarize(group, results);
    }

    private async Task<ReachResult> DialMemberAsync(ICallControl channel, CallTarget member, TimeSpan ringFor, ConnectOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await DialAsync(channel, member, ringFor, options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ReachResult.Failed("Cancelled: another member answered.");
        }
    }

    private static ReachResult Summarize(ExtensionGroup group, List<ReachResult> results)
    {
        if (results.Any(r => r.Status == DialStatus.NoAnswer)) return new ReachResult(DialStatus.NoAnswer, SipStatus: 480, Reason: $"Nobody in group {group.Name} answered.");
        if (results.Any(r => r.Status == DialStatus.Busy)) return new ReachResult(DialStatus.Busy, SipStatus: 486, Reason: $"Everybody in group {group.Name} is busy.");
        var first = results.FirstOrDefault();
        return new ReachResult(DialStatus.Failed, SipStatus: first?.SipStatus, Reason: $"No member of group {group.Name} could be called: {first?.Reason}");
    }

    private async ValueTask<ReachResult> DialAsync(ICallControl channel, CallTarget target, TimeSpan ringFor, ConnectOptions options, CancellationToken cancellationToken)
    {
        var callId = $"{channel.Channel}-{Guid.NewGuid():N}";
        options.Dialling?.Invoke(callId);
        var kind = target.Kind == CallTargetKind.Extension ? DialTargetKind.Extension : DialTargetKind.Number;
        var request = new DialRequest(target.Value, options.CallerId, kind == DialTargetKind.Number ? options.Trunk : null, ringFor, options.Owner)
        {
            CallId = callId,
            TargetKind = kind,
        };
        var result = await channel.DialAsync(request, cancellationToken).ConfigureAwait(false);
        return new ReachResult(result.Status, result.Call, result.Status == DialStatus.Answered ? target : null, result.StatusCode, result.Reason);
    }

    private static string Key(CallTarget target) => target.Kind switch
    {
        CallTargetKind.Extension => "ext:" + target.Value,
        CallTargetKind.Group => $"group:{target.Group?.CompanyId}/{target.Value}",
        _ => "number:" + target.Value,
    };

    /// <summary>The targets one call went to so far.</summary>
    private sealed class ReachTrail
    {
        public HashSet<string> Tried { get; } = new(StringComparer.OrdinalIgnoreCase);
        public int Hops { get; set; }
    }
}
