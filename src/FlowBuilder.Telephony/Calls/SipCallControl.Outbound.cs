using System.Net;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Media.Sessions;
using FlowBuilder.Telephony.Sip.Auth;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Telephony.Calls;

public sealed partial class SipCallControl
{
    /// <summary>
    /// INVITE through the request's trunk, else through the outbound routes matching the number (<see cref="SipOptions.Routes"/>,
    /// failing over to the next route when a trunk fails), else <see cref="SipOptions.DefaultTrunk"/> or the only trunk; a
    /// <c>sip:</c> URI in <see cref="DialRequest.To"/> is called as it is. An <see cref="DialTargetKind.Extension"/> rings every
    /// contact the extension registered. Digest challenges are answered with the trunk's credentials; after
    /// <see cref="DialRequest.RingTimeout"/> the INVITE is cancelled (no-answer); 486/600 are busy, other failures failed.
    /// </summary>
    public async ValueTask<DialResult> DialAsync(DialRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var callId = request.CallId ?? $"{ChannelName}-{Guid.NewGuid():N}";
        if (!callId.StartsWith(ChannelName + "-", StringComparison.Ordinal)) return Failed($"Call id '{callId}' must start with '{ChannelName}-'.");
        if (request.TargetKind == DialTargetKind.Extension) return await DialExtensionAsync(request, callId, cancellationToken).ConfigureAwait(false);
        if (!TryPlan(request, out var attempts, out var problem)) return Failed(problem);
        if (ActiveCalls >= Options.MaxCalls) return Failed($"Over capacity: {Options.MaxCalls} calls are up ({SipOptions.SectionName}:MaxCalls).");

        var first = attempts[0];
        var info = new CallInfo(callId, ChannelName, CallDirection.Outbound, first.CallerId, request.To, _time.GetUtcNow());
        var leg = Register(info, incoming: null, first.Trunk?.Name);
        if (request.Owner is { } owner) leg.Owner = owner;
        UdpRtpSink socket;
        try
        {
            socket = UdpRtpSink.Open(Ports, _rtpBindAddress);
        }
        catch (InvalidOperationException e)
        {
            await EndAsync(leg, HangUpCause.Overloaded, CallDisposition.Failed, null).ConfigureAwait(false);
            return Failed(e.Message);
        }
        lock (leg.Gate) leg.Socket = socket;

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, leg.DialCancellation.Token);
        for (var i = 0; ; i++)
        {
            var attempt = attempts[i];
            var last = i == attempts.Count - 1;
            lock (leg.Gate)
            {
                leg.Trunk = attempt.Trunk?.Name;
                leg.Info = leg.Info with { From = attempt.CallerId };
            }
            var agent = AgentFor(attempt.Trunk);
            SipCallResult result;
            string? failure = null;
            if (agent is null)
            {
                failure = $"No SIP listener for transport {attempt.Trunk?.Transport ?? "udp"}: add one to {SipOptions.SectionName}:Listen.";
                result = new SipCallResult(SipCallOutcome.Failed, null, null);
            }
            else
            {
                try
                {
                    result = await agent.CallAsync(attempt.Target, DialOptions(attempt, socket.Port, request.RingTimeout), linked.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is ArgumentException or IOException or System.Net.Sockets.SocketException or InvalidOperationException)
                {
                    failure = e.Message;
                    result = new SipCallResult(SipCallOutcome.Failed, null, null);
                }
            }
            if (!last && result.Outcome == SipCallOutcome.Failed && Routing.OutboundRoutePlan.FailsOver(result.StatusCode) && !linked.IsCancellationRequested)
            {
                _logger.LogWarning(
                    "Call {CallId} to {To} failed on trunk {Trunk} ({Status}); trying route {Route}",
                    callId, request.To, attempt.Trunk?.Name, result.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? failure ?? "no response", attempts[i + 1].Route);
                continue;
            }
            if (failure is not null)
            {
                await EndAsync(leg, HangUpCause.Failed, CallDisposition.Failed, null).ConfigureAwait(false);
                return new DialResult(DialStatus.Failed, Reason: failure);
            }
            return await FinishDialAsync(leg, result, request.RingTimeout).ConfigureAwait(false);
        }
    }

    private async ValueTask<DialResult> FinishDialAsync(SipCallLeg leg, SipCallResult result, TimeSpan ringTimeout)
    {
        switch (result.Outcome)
        {
            case SipCallOutcome.Answered when result.Call is { } call:
                return Connected(leg, call)
                    ? new DialResult(DialStatus.Answered, leg.Info, result.StatusCode)
                    : new DialResult(DialStatus.Failed, null, result.StatusCode, "The call ended as it was answered.");
            case SipCallOutcome.Busy:
                await EndAsync(leg, HangUpCause.Busy, CallDisposition.Busy, result.StatusCode).ConfigureAwait(false);
                return new DialResult(DialStatus.Busy, null, result.StatusCode, "Busy");
            case SipCallOutcome.NoAnswer:
                await EndAsync(leg, HangUpCause.NoAnswer, CallDisposition.NoAnswer, result.StatusCode).ConfigureAwait(false);
                return new DialResult(DialStatus.NoAnswer, null, result.StatusCode, $"No answer within {ringTimeout.TotalSeconds:0} s");
            case SipCallOutcome.Cancelled:
                await EndAsync(leg, leg.DialHangUpCause ?? HangUpCause.Cancelled, CallDisposition.Cancelled, result.StatusCode).ConfigureAwait(false);
                return new DialResult(DialStatus.Failed, null, result.StatusCode, "The call was hung up before it was answered.");
            default:
                await EndAsync(leg, HangUpCause.Failed, CallDisposition.Failed, result.StatusCode).ConfigureAwait(false);
                return new DialResult(DialStatus.Failed, null, result.StatusCode, result.StatusCode is { } code ? $"The far end answered {code}." : "No response from the far end.");
        }
    }

    private SipDialOptions DialOptions(DialAttempt attempt, int rtpPort, TimeSpan ringTimeout)
    {
        var trunk = attempt.Trunk;
        return new SipDialOptions
        {
            RtpPort = rtpPort,
            From = new SipNameAddress(new SipUri { User = attempt.CallerId, Host = trunk?.Domain ?? trunk?.Host ?? MediaAddress.ToString() }),
            OutboundProxy = trunk?.OutboundProxy is { } proxy && SipProxyAddress.TryParse(proxy, out var hop)
                ? new SipUri { Host = hop.Address.ToString(), Port = hop.Port, Parameters = TransportParameter(trunk) }
                : null,
            Credentials = trunk is { Username: { } user, Password: { } password } ? new DigestClient(user, password) : null,
            RingTimeout = ringTimeout,
        };
    }

    /// <summary>The trunks to try in order: the named (or default) trunk, or the matching outbound routes.</summary>
    private bool TryPlan(DialRequest request, out List<DialAttempt> attempts, out string problem)
    {
        attempts = [];
        var useRoutes = Options.Routes.Count > 0 && request.Trunk is null && !request.To.StartsWith("sip:", StringComparison.OrdinalIgnoreCase);
        if (!useRoutes)
        {
            if (!TryResolveTrunk(request, out var trunk, out problem)) return false;
            if (!TryTarget(request.To, trunk, out var target))
            {
                problem = $"'{request.To}' is neither a number nor a sip: URI.";
                return false;
            }
            attempts.Add(new DialAttempt(null, trunk, target, request.CallerId ?? trunk?.CallerId ?? trunk?.Username ?? "flowbuilder"));
            return true;
        }
        foreach (var route in Routing.OutboundRoutePlan.Match(Options.Routes, request.To))
        {
            var trunk = Options.Trunks.FirstOrDefault(t => string.Equals(t.Name, route.Trunk, StringComparison.OrdinalIgnoreCase));
            if (trunk is null || !TryTarget(Routing.OutboundRoutePlan.Number(route, request.To), trunk, out var target)) continue;
            var callerId = Routing.OutboundRoutePlan.CallerId(route, request.CallerId ?? trunk.CallerId ?? trunk.Username ?? "flowbuilder");
            attempts.Add(new DialAttempt(route.Name, trunk, target, callerId));
        }
        problem = attempts.Count > 0 ? "" : $"No outbound route in {SipOptions.SectionName}:Routes matches '{request.To}': add a route with its prefix or an empty prefix (default route).";
        return attempts.Count > 0;
    }

    private sealed record DialAttempt(string? Route, SipTrunkOptions? Trunk, SipUri Target, string CallerId);

    private static DialResult Failed(string reason) => new(DialStatus.Failed, Reason: reason);

    private bool TryResolveTrunk(DialRequest request, out SipTrunkOptions? trunk, out string problem)
    {
        problem = "";
        var name = request.Trunk ?? Options.DefaultTrunk;
        trunk = name is null
            ? Options.Trunks.Count == 1 ? Options.Trunks[0] : null
            : Options.Trunks.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (trunk is not null || request.To.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) && name is null) return true;
        problem = name is null
            ? $"No trunk to call '{request.To}' through: set {SipOptions.SectionName}:DefaultTrunk or name a trunk."
            : $"No trunk named '{name}' in {SipOptions.SectionName}:Trunks (known: {string.Join(", ", Options.Trunks.Select(t => t.Name))}).";
        return false;
    }

    private static bool TryTarget(string to, SipTrunkOptions? trunk, out SipUri target)
    {
        target = null!;
        if (to.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
        {
            if (!SipUri.TryParse(to, out var uri)) return false;
            target = uri;
            return true;
        }
        if (trunk is null || string.IsNullOrWhiteSpace(to) || !to.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '*' or '#' or '-' or '.' or '_')) return false;
        target = new SipUri { User = to, Host = trunk.Host, Port = trunk.Port, Parameters = TransportParameter(trunk) };
        return true;
    }

    private static SipParameters TransportParameter(SipTrunkOptions trunk) =>
        string.Equals(trunk.Transport, "tcp", StringComparison.OrdinalIgnoreCase) ? SipParameters.Empty.With("transport", "tcp") : SipParameters.Empty;

    private SipUserAgent? AgentFor(SipTrunkOptions? trunk)
    {
        var agents = Agents;
        var protocol = trunk?.Transport ?? "udp";
        return agents.FirstOrDefault(a => string.Equals(a.Layer.Transport.Protocol, protocol, StringComparison.OrdinalIgnoreCase)) ?? (trunk is null ? agents.FirstOrDefault() : null);
    }
}
