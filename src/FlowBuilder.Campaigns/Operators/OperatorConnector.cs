using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Calls;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>
/// Connects an answered campaign call to an operator (the Connect to operator block): the operator reserved for it (preview,
/// progressive), else the first one Ready within the block's wait (predictive; none: the attempt is abandoned). An operator whose
/// phone does not answer is Paused and the call goes to the next Ready operator, once. The operator is recorded on the attempt.
/// </summary>
internal sealed class OperatorConnector : IOperatorConnector
{
    /// <summary>How long an operator's phone rings before the call goes to the next operator.</summary>
    public static readonly TimeSpan OperatorRingTimeout = TimeSpan.FromSeconds(15);

    private readonly ILiveAttempts _live;
    private readonly OperatorDesk _desk;
    private readonly OperatorCards _cards;
    private readonly CallConnector _connector;
    private readonly ICampaignStore _campaigns;
    private readonly TimeProvider _time;
    private readonly PlacedCalls? _placed;
    private readonly ILogger _logger;

    public OperatorConnector(
        ILiveAttempts live, OperatorDesk desk, OperatorCards cards, CallConnector connector, ICampaignStore campaigns, TimeProvider time,
        PlacedCalls? placed = null, ILogger<OperatorConnector>? logger = null)
    {
        _live = live ?? throw new ArgumentNullException(nameof(live));
        _desk = desk ?? throw new ArgumentNullException(nameof(desk));
        _cards = cards ?? throw new ArgumentNullException(nameof(cards));
        _connector = connector ?? throw new ArgumentNullException(nameof(connector));
        _campaigns = campaigns ?? throw new ArgumentNullException(nameof(campaigns));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _placed = placed;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public ValueTask<OperatorConnectResult> ConnectAsync(string instanceId, ICallControl channel, string callId, TimeSpan maxWait, CancellationToken cancellationToken) =>
        ConnectAsync(instanceId, channel, callId, maxWait, record: false, cancellationToken);

    public async ValueTask<OperatorConnectResult> ConnectAsync(
        string instanceId, ICallControl channel, string callId, TimeSpan maxWait, bool record, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(callId);
        if (_live.FindByInstance(instanceId) is not { } live)
        {
            return Failed($"Flow instance {instanceId} is not a campaign call: Connect to operator works only in the flow a campaign runs " +
                "(preview, progressive or predictive mode).");
        }
        var campaign = live.Campaign;
        if (campaign.Mode == CampaignMode.AutoInformer)
            return Failed($"Campaign '{campaign.Name}' is an auto-informer and has no operators: remove the Connect to operator block or change the campaign's dial mode.");

        var attemptId = live.Attempt.Id;
        var first = live.ReservedOperator is { } reserved && _desk.TryTakeReserved(reserved, campaign.Id, attemptId)
            ? reserved
            : await WaitForOperatorAsync(campaign.Id, attemptId, maxWait, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            live.Abandoned = true;
            return new OperatorConnectResult(OperatorConnectStatus.NoOperator,
                Error: $"No operator of campaign '{campaign.Name}' was free within {maxWait.TotalSeconds:0.#} s: the call was abandoned.");
        }

        var card = await CardAsync(campaign, live.Attempt, cancellationToken).ConfigureAwait(false);
        if (await ConnectToAsync(live, first, instanceId, channel, callId, card, record, cancellationToken).ConfigureAwait(false) is { } result) return result;
        if (_desk.TryReserve(campaign.Id, attemptId) is not { } second)
            return Failed($"Operator {first} did not answer (now paused) and no other operator of campaign '{campaign.Name}' was free.");
        return await ConnectToAsync(live, second, instanceId, channel, callId, card, record, cancellationToken).ConfigureAwait(false)
            ?? Failed($"Operators {first} and {second} did not answer (both now paused).");
    }

    /// <summary>Takes the first operator Ready, waiting up to <paramref name="maxWait"/> for one to become Ready; null when none did.</summary>
    private async ValueTask<string?> WaitForOperatorAsync(string campaignId, string attemptId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + maxWait;
        while (true)
        {
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnReady(string id)
            {
                if (id == campaignId) ready.TrySetResult();
            }
            _desk.OperatorReady += OnReady;
            try
            {
                if (_desk.TryReserve(campaignId, attemptId) is { } taken) return taken;
                var left = deadline - _time.GetUtcNow();
                if (left <= TimeSpan.Zero) return null;
                try
                {
                    await ready.Task.WaitAsync(left, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    return _desk.TryReserve(campaignId, attemptId);
                }
            }
            finally
            {
                _desk.OperatorReady -= OnReady;
            }
        }
    }

    /// <summary>Rings the operator and bridges them with the contact; null when their phone did not answer (they are Paused).</summary>
    private async ValueTask<OperatorConnectResult?> ConnectToAsync(
        LiveAttempt live, string extension, string instanceId, ICallControl channel, string callId, OperatorCard? card, bool record, CancellationToken cancellationToken)
    {
        var campaign = live.Campaign;
        var attemptId = live.Attempt.Id;
        var resolution = await _connector.Targets.ResolveAsync(campaign.CompanyId, "ext:" + extension, cancellationToken).ConfigureAwait(false);
        if (resolution.Target is not { } target)
        {
            _logger.LogWarning("Campaign {Campaign}: operator {Extension} cannot be called: {Error}", campaign.Id, extension, resolution.Error);
            _desk.NotAnswered(extension, attemptId);
            return null;
        }

        _desk.Ringing(extension, attemptId, callId, card);
        var owner = new CallOwner(campaign.CompanyId, campaign.FlowId, instanceId);
        var options = new ConnectOptions(campaign.CompanyId)
        {
            CallerId = live.Attempt.Phone,
            RingTimeout = OperatorRingTimeout,
            Owner = owner,
            Recording = record ? new RecordingRequest(RecordingLegs.Both, Owner: owner) : null,
            Dialling = leg => _placed?.Track(instanceId, channel, leg),
            Answered = _ =>
            {
                live.Operator = extension;
                live.Attempt = live.Attempt with { Operator = extension };
                _desk.Answered(extension, attemptId);
            },
        };
        ConnectResult result;
        try
        {
            result = await _connector.ConnectAsync(channel, callId, target, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _desk.CallEnded(extension, attemptId, talked: false);
            throw;
        }

        switch (result.Status)
        {
            case ConnectStatus.Connected:
                live.Operator = extension;
                live.OperatorTalkSeconds = result.TalkTime.TotalSeconds;
                live.Attempt = live.Attempt with { Operator = extension };
                await RecordOperatorAsync(live.Attempt).ConfigureAwait(false);
                _desk.CallEnded(extension, attemptId, talked: true);
                return new OperatorConnectResult(OperatorConnectStatus.Connected, extension, result.TalkTime.TotalSeconds, result.CallerUp) { RecordingId = result.RecordingId };
            case ConnectStatus.CallerHungUp:
                _desk.CallEnded(extension, attemptId, talked: false);
                return new OperatorConnectResult(OperatorConnectStatus.HungUp, Error: "The contact hung up before the operator answered.");
            case ConnectStatus.Failed when !result.CallerUp:
                _desk.CallEnded(extension, attemptId, talked: false);
                return Failed(result.Error ?? "The contact's call could not be connected to the operator.");
            default:
                _logger.LogInformation("Campaign {Campaign}: operator {Extension} did not answer ({Status}); paused", campaign.Id, extension, result.Status);
                _desk.NotAnswered(extension, attemptId);
                return null;
        }
    }

    private async ValueTask<OperatorCard?> CardAsync(Campaign campaign, CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        try
        {
            return await _cards.ForAttemptAsync(campaign, attempt, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // The call matters more than the card: connect without it.
            _logger.LogError(error, "Campaign {Campaign}: the card of contact {Contact} could not be read", campaign.Id, attempt.ContactId);
            return null;
        }
    }

    private async ValueTask RecordOperatorAsync(CampaignAttempt attempt)
    {
        try
        {
            await _campaigns.UpdateAttemptAsync(attempt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The dialer writes the attempt again when it finishes it (from the live attempt, which has the operator).
            _logger.LogError(error, "Campaign {Campaign}: recording operator {Extension} on attempt {Attempt} failed", attempt.CampaignId, attempt.Operator, attempt.Id);
        }
    }

    private static OperatorConnectResult Failed(string error) => new(OperatorConnectStatus.Failed, Error: error);
}
