using System.Net;
using System.Runtime;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Telephony.Hosting;
using FlowBuilder.Telephony.Sip.Messages;
using FlowBuilder.Telephony.Sip.Transactions;
using FlowBuilder.Telephony.Sip.Transport;
using FlowBuilder.Telephony.Sip.UserAgent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Telephony.Calls;

/// <summary>
/// Runs the SIP channel: binds the <see cref="SipOptions.Listen"/> transports, runs the pacing loop, keeps trunk registrations,
/// and takes inbound INVITEs — 503 with Retry-After over <see cref="SipOptions.MaxCalls"/>, 404 for a number no flow takes,
/// else 180 Ringing and the flow is started (it has <see cref="SipOptions.AnswerTimeoutSeconds"/> to answer, then 480).
/// A route may instead refuse the call (<see cref="InboundCallRoute.RefuseStatus"/>) or ring an internal target. Calls from or
/// to extensions authenticate first (407); an authenticated extension dialling an extension or group number, or an outside
/// number no flow takes, is handed to the <see cref="IInternalCallHandler"/>. REGISTER goes to <see cref="SipCallControl.Registrar"/>.
/// Stopping hangs up every call.
/// </summary>
/// <param name="extensions">With <paramref name="groups"/>: INVITEs from or to extension numbers (and to group numbers) must
/// authenticate (407) as an extension through <see cref="SipCallControl.Registrar"/>; calls to them go to <paramref name="internalCalls"/>.</param>
public sealed partial class SipCallService(
    SipCallControl control,
    IInboundCallRouter router,
    TimeProvider? time = null,
    ILogger<SipCallService>? logger = null,
    IExtensionStore? extensions = null,
    IExtensionGroupStore? groups = null,
    IInternalCallHandler? internalCalls = null) : IHostedService, IAsyncDisposable
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<SipCallService>.Instance;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<ISipTransport> _transports = [];
    private readonly List<Task> _loops = [];
    private readonly List<SipRegistration> _registrations = [];
    private readonly List<IPEndPoint> _endPoints = [];

    /// <summary>Where SIP is listening, in <see cref="SipOptions.Listen"/> order (ports resolved when 0 was asked for).</summary>
    public IReadOnlyList<IPEndPoint> LocalEndPoints => _endPoints;

    /// <summary>The trunk registrations kept up, one per trunk with Register.</summary>
    public IReadOnlyList<SipRegistration> Registrations => _registrations;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = control.Options;
        foreach (var text in options.Listen)
        {
            if (!SipListenEndpoint.TryParse(text, out var listen)) throw new InvalidOperationException($"{SipOptions.SectionName}:Listen '{text}' is not transport:address:port.");
            ISipTransport transport = listen.Transport == SipTransportKind.Udp ? UdpSipTransport.Bind(listen.EndPoint) : TcpSipTransport.Listen(listen.EndPoint);
            _transports.Add(transport);
            _endPoints.Add(transport.LocalEndPoint);
            var layer = new SipTransactionLayer(transport, _time);
            layer.HandlerFailed += e => _logger.LogError(e, "A SIP handler failed");
            var agent = new SipUserAgent(layer, AgentOptions(transport.LocalEndPoint));
            agent.IncomingCall += incoming => _ = TakeAsync(incoming);
            if (control.Registrar is { } registrar) agent.RegisterReceived += transaction => _ = registrar.HandleAsync(transaction, _stopping.Token);
            control.AddAgent(agent);
            _loops.Add(RunLayerAsync(layer));
        }
        // RTP frames go out every 20 ms from a managed thread, and a blocking full GC stops every managed thread: with
        // calls up, the GC may only collect gen2 in the background (blocking gen2 only under memory pressure).
        GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
        _loops.Add(RunPacerAsync());
        await RegisterTrunksAsync(cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("SIP listening on {EndPoints}", string.Join(", ", _endPoints));
        if (control.RealtimePacerFailure is { } failure)
            _logger.LogWarning("RTP pacing runs without real-time priority ({Reason}); set {Section}:RealtimePacer=false to silence this", failure, SipOptions.SectionName);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await UnregisterTrunksAsync(cancellationToken).ConfigureAwait(false);
            await control.HangUpAllAsync(HangUpCause.Failed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
            foreach (var transport in _transports) await transport.DisposeAsync().ConfigureAwait(false);
            await Task.WhenAll(_loops).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested) await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>Decides on one inbound INVITE.</summary>
    internal async Task TakeAsync(SipIncomingCall incoming)
    {
        var options = control.Options;
        try
        {
            if (control.ActiveCalls >= options.MaxCalls)
            {
                await control.Refuse(incoming, 503, HangUpCause.Overloaded, TimeSpan.FromSeconds(options.RetryAfterSeconds)).ConfigureAwait(false);
                return;
            }
            var dialled = incoming.To?.Uri.User ?? "";
            var admission = await AdmitInternalAsync(incoming).ConfigureAwait(false);
            if (admission.Refused) return;
            var route = admission.Route ?? await router.FindAsync(dialled, UserOf(incoming.From), _stopping.Token).ConfigureAwait(false);
            if (route is null && admission.Caller is { } caller && internalCalls is not null && dialled.Length > 0)
            {
                // An extension dialling out: the handler dials the number (outbound routes) presenting the extension's number.
                route = InboundCallRoute.Internal(caller.CompanyId, new CallTarget(CallTargetKind.Number, incoming.Invite.Uri.User ?? dialled));
            }
            if (route is null)
            {
                await control.Refuse(incoming, 404, HangUpCause.NotFound).ConfigureAwait(false);
                return;
            }
            if (route.RefuseStatus is { } status)
            {
                await control.Refuse(incoming, status, status switch { 486 or 600 => HangUpCause.Busy, 404 => HangUpCause.NotFound, 503 => HangUpCause.Overloaded, _ => HangUpCause.Failed })
                    .ConfigureAwait(false);
                return;
            }
            if (route.Target is { } target)
            {
                await TakeInternalAsync(incoming, route, target).ConfigureAwait(false);
                return;
            }
            var call = control.Admit(incoming);
            incoming.Ring();
            try
            {
                await router.StartAsync(route, control, call, _stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Starting flow {FlowId} for call {CallId} to {To} failed", route.FlowId, call.Id, dialled);
                await control.HangUpAsync(call.Id, HangUpCause.Failed, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            incoming.Reject(503, TimeSpan.FromSeconds(options.RetryAfterSeconds));
        }
    }

    private SipUserAgentOptions AgentOptions(IPEndPoint local)
    {
        var anyAddress = local.Address.Equals(IPAddress.Any) || local.Address.Equals(IPAddress.IPv6Any);
        return new SipUserAgentOptions(new SipUri { User = "flowbuilder", Host = control.MediaAddress.ToString() }, control.MediaAddress, 0)
        {
            ContactHost = anyAddress ? control.MediaAddress.ToString() : null,
            UserAgentName = "FlowBuilder",
        };
    }

    private async Task RunLayerAsync(SipTransactionLayer layer)
    {
        try
        {
            await layer.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is System.Threading.Channels.ChannelClosedException or ObjectDisposedException)
        {
            _logger.LogDebug(e, "SIP transport closed");
        }
        finally
        {
            layer.AbandonAll();
        }
    }

    private async Task RunPacerAsync()
    {
        try
        {
            await control.Pacer.RunAsync(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
