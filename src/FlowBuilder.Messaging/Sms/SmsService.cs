using System.Collections.Concurrent;
using System.Threading.Channels;
using FlowBuilder.Engine.Activities;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Events;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Messaging;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Messaging.Transport;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Messaging.Sms;

/// <summary>
/// The SMS service above the transports. Every message is stored before it is handed over, and every hand-over ends
/// in a status the store shows: <c>sent</c>, <c>retrying</c> (with its next attempt; the dispatcher tries again with
/// backoff), or <c>failed</c> with the error. Receipts make messages <c>delivered</c> or <c>failed</c>, publish
/// <c>sms.delivered</c>/<c>sms.failed</c> and resume the flow that sent them; inbound messages maintain the opt-out
/// lists (STOP/START) or start the flow bound to their first word.
/// </summary>
public sealed partial class SmsService : ISmsGateway, ISmsTransportSink
{
    public const string NoGatewayError = "No SMS gateway configured: set FlowBuilder:Sms:Smpp:Host or FlowBuilder:Sms:Http:Url.";
    private const int MaxEarlyReceipts = 10_000;

    private readonly ISmsMessageStore _messages;
    private readonly ISmsOptOutStore _optOuts;
    private readonly IReadOnlyList<ISmsTransport> _transports;
    private readonly IEventPublisher _events;
    private readonly FlowEngine _engine;
    private readonly TriggerDirectory _triggers;
    private readonly SmsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IMeter? _meter;

    /// <summary>Serialises read-modify-write of a sent message by its receipts, and the hand-over of early receipts.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SmsReceipt> _earlyReceipts = new(StringComparer.Ordinal);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public SmsService(
        ISmsMessageStore messages,
        ISmsOptOutStore optOuts,
        IEnumerable<ISmsTransport> transports,
        IEventPublisher events,
        FlowEngine engine,
        TriggerDirectory triggers,
        SmsOptions options,
        TimeProvider time,
        ILogger<SmsService> logger,
        IMeter? meter = null)
    {
        _meter = meter;
        _messages = messages;
        _optOuts = optOuts;
        _events = events;
        _engine = engine;
        _triggers = triggers;
        _options = options;
        _time = time;
        _logger = logger;
        _transports = Order(transports.ToList(), options.Transport);
    }

    /// <summary>The registered transports, the preferred one (<see cref="SmsOptions.Transport"/>) first.</summary>
    public IReadOnlyList<ISmsTransport> Transports => _transports;

    /// <summary>Raised after every stored change of a message (for tests and live views).</summary>
    public event Action<SmsMessage>? Changed;

    public async ValueTask<SmsSendResult> SendAsync(SmsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var to = SmsNumbers.Normalize(request.To ?? "");
        if (to.Length == 0) throw new ArgumentException("An SMS needs a recipient number ('to').", nameof(request));
        if (string.IsNullOrEmpty(request.Text)) throw new ArgumentException("An SMS needs a text.", nameof(request));
        var from = string.IsNullOrWhiteSpace(request.From) ? _options.DefaultFrom?.Trim() ?? "" : request.From.Trim();
        var now = _time.GetUtcNow();
        var message = new SmsMessage("sms_" + Guid.NewGuid().ToString("N"), request.CompanyId, SmsDirection.Outbound, from, to, request.Text,
            SmsEncoding.For(request.Text), SmsStatus.Queued, [], null, 0, null, request.InstanceId, request.NodeId, now, now,
            [new SmsStatusChange(SmsStatus.Queued, now)]);

        if (await _optOuts.FindAsync(request.CompanyId, to, cancellationToken).ConfigureAwait(false) is { } optOut)
        {
            var error = $"{to} opted out of messages from this company ({optOut.Source} at {optOut.At:u}); it was not sent.";
            message = message with { Status = SmsStatus.OptedOut, Error = error, History = [new SmsStatusChange(SmsStatus.OptedOut, now, error)] };
            await _messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
            Changed?.Invoke(message);
            _logger.LogInformation("SMS {MessageId} to {To} not sent: the number opted out", message.Id, to);
            return Result(message);
        }

        _inFlight[message.Id] = 0;
        try
        {
            await _messages.AddAsync(message, cancellationToken).ConfigureAwait(false);
            Changed?.Invoke(message);
            // The caller learns a final failure from the result: no stimulus for it (the flow has not suspended).
            message = await SubmitAsync(message, resumeFlow: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(message.Id, out _);
        }
        if (message.Status == SmsStatus.Retrying) Wake();
        return Result(message);
    }

    private static SmsSendResult Result(SmsMessage message) => new(message.Id, message.Status, message.Parts.Count, message.Error);

    private async Task SaveAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        await _messages.UpdateAsync(message, cancellationToken).ConfigureAwait(false);
        Changed?.Invoke(message);
    }

    /// <summary>Publishes the final status and hands it to the sending flow when it may be waiting.</summary>
    private async Task NotifyFinalAsync(SmsMessage message, bool resumeFlow)
    {
        var payload = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["messageId"] = message.Id,
            ["status"] = SmsStatuses.Name(message.Status),
            ["parts"] = message.Parts.Count,
            ["error"] = message.Error,
        };
        try
        {
            var data = new Dictionary<string, object?>(payload, StringComparer.Ordinal)
            {
                ["from"] = message.From,
                ["to"] = message.To,
                ["instanceId"] = message.InstanceId,
            };
            var type = message.Status == SmsStatus.Delivered ? EventTypes.SmsDelivered : EventTypes.SmsFailed;
            await _events.PublishAsync(PlatformEvent.Create(type, message.CompanyId, _time.GetUtcNow(), data), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Publishing the final status of SMS {MessageId} failed", message.Id);
        }
        if (!resumeFlow || message.InstanceId is not { } instanceId) return;
        try
        {
            var result = await _engine.DeliverAsync(instanceId, new Stimulus(SmsStimuli.Status, payload, message.Id), CancellationToken.None).ConfigureAwait(false);
            if (result != DeliveryResult.Accepted)
                _logger.LogDebug("SMS {MessageId} is {Status}; its instance {InstanceId} took no stimulus ({Result})", message.Id, message.Status, instanceId, result);
        }
        catch (Exception error)
        {
            _logger.LogError(error, "Resuming instance {InstanceId} with the status of SMS {MessageId} failed", instanceId, message.Id);
        }
    }

    private static IReadOnlyList<ISmsTransport> Order(List<ISmsTransport> transports, string? preferred)
    {
        if (string.IsNullOrWhiteSpace(preferred)) return transports;
        return [.. transports.Where(t => string.Equals(t.Name, preferred.Trim(), StringComparison.OrdinalIgnoreCase)),
            .. transports.Where(t => !string.Equals(t.Name, preferred.Trim(), StringComparison.OrdinalIgnoreCase))];
    }
}
