using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>
/// The operators of campaigns on this node, in memory, one campaign per extension: their commands (<see cref="IOperatorDesk"/>),
/// the dialer's view of them (<see cref="IOperatorPool"/>) and the call states the operator connector sets. Ready counts only
/// operators whose extension is registered (<see cref="IExtensionPresence"/>). Thread-safe: every state change happens under one
/// lock; the store calls of a command happen outside it, one command per operator at a time.
/// </summary>
internal sealed partial class OperatorDesk : IOperatorDesk, IOperatorPool, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, OperatorSeat> _seats = new(StringComparer.Ordinal);
    private readonly ICampaignStore _campaigns;
    private readonly IDoNotCallList _doNotCall;
    private readonly IPreviewDialing _preview;
    private readonly IExtensionPresence _presence;
    private readonly OperatorCards _cards;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public OperatorDesk(
        ICampaignStore campaigns,
        IDoNotCallList doNotCall,
        IPreviewDialing preview,
        IExtensionPresence presence,
        OperatorCards cards,
        TimeProvider time,
        ILogger<OperatorDesk>? logger = null)
    {
        _campaigns = campaigns ?? throw new ArgumentNullException(nameof(campaigns));
        _doNotCall = doNotCall ?? throw new ArgumentNullException(nameof(doNotCall));
        _preview = preview ?? throw new ArgumentNullException(nameof(preview));
        _presence = presence ?? throw new ArgumentNullException(nameof(presence));
        _cards = cards ?? throw new ArgumentNullException(nameof(cards));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public event Action<string>? OperatorReady;

    /// <summary>Raised with an operator's view after each change of it (state, card, call); LoggedOut when they log out.</summary>
    public event Action<OperatorView>? Changed;

    public OperatorView? Get(string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_gate) return _seats.TryGetValue(extension, out var seat) ? ViewOf(seat) : null;
    }

    public IReadOnlyList<OperatorView> List(string campaignId)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        lock (_gate) return [.. _seats.Values.Where(s => s.CampaignId == campaignId).OrderBy(s => s.Extension, StringComparer.Ordinal).Select(ViewOf)];
    }

    public int Ready(string campaignId)
    {
        lock (_gate) return _seats.Values.Count(s => s.CampaignId == campaignId && IsAvailable(s));
    }

    public int Busy(string campaignId)
    {
        lock (_gate) return _seats.Values.Count(s => s.CampaignId == campaignId && s.State is OperatorState.Reserved or OperatorState.Talking or OperatorState.WrapUp);
    }

    /// <summary>Takes the operator Ready the longest (and registered) for the attempt: → Reserved.</summary>
    public string? TryReserve(string campaignId, string attemptId)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        ArgumentNullException.ThrowIfNull(attemptId);
        OperatorSeat? taken;
        lock (_gate)
        {
            taken = _seats.Values.Where(s => s.CampaignId == campaignId && IsAvailable(s)).OrderBy(s => s.Since).ThenBy(s => s.Extension, StringComparer.Ordinal).FirstOrDefault();
            if (taken is null) return null;
            Move(taken, OperatorState.Reserved);
            taken.AttemptId = attemptId;
        }
        Publish(taken);
        return taken.Extension;
    }

    public void Release(string campaignId, string attemptId)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        ArgumentNullException.ThrowIfNull(attemptId);
        OperatorSeat? seat;
        lock (_gate)
        {
            seat = _seats.Values.FirstOrDefault(s => s.CampaignId == campaignId && s.AttemptId == attemptId && s.State == OperatorState.Reserved);
            if (seat is null)
            {
                // A preview call can end before CallAsync has learnt its attempt id: CallAsync looks here when it does.
                RememberReleasedEarly(attemptId);
                return;
            }
            BackToWork(seat);
        }
        AfterFreed(seat);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var seat in _seats.Values) seat.Timer?.Dispose();
            _seats.Clear();
        }
    }

    private bool IsAvailable(OperatorSeat seat) => seat.State == OperatorState.Ready && _presence.IsRegistered(seat.Extension);

    /// <summary>Changes the state (under the lock): the time it was entered, a new version, and any timer of the old state stopped.</summary>
    private void Move(OperatorSeat seat, OperatorState state)
    {
        seat.State = state;
        seat.Since = _time.GetUtcNow();
        seat.Version++;
        seat.Timer?.Dispose();
        seat.Timer = null;
    }

    /// <summary>After a call or a card (under the lock): Ready, or Paused when pause was pressed meanwhile; the call forgotten.</summary>
    private void BackToWork(OperatorSeat seat)
    {
        Move(seat, seat.PauseAfterCall ? OperatorState.Paused : OperatorState.Ready);
        seat.PauseAfterCall = false;
        ClearCall(seat);
    }

    private static void ClearCall(OperatorSeat seat)
    {
        seat.Card = null;
        seat.PreviewContact = null;
        seat.AttemptId = null;
        seat.CallId = null;
        seat.CallState = null;
        seat.DispositionGiven = false;
    }

    /// <summary>Announces the seat's new state; a preview operator who is Ready gets the next card in the background.</summary>
    private void AfterFreed(OperatorSeat seat)
    {
        Publish(seat);
        if (seat.Campaign.Mode == CampaignMode.Preview) RefillInBackground(seat);
    }

    private OperatorView ViewOf(OperatorSeat seat) => new(
        seat.Extension, seat.CampaignId, seat.State, seat.Since, _presence.IsRegistered(seat.Extension),
        seat.Card, seat.AttemptId, seat.CallId, seat.CallState, seat.Campaign.DispositionCodes);

    private void Publish(OperatorSeat seat)
    {
        OperatorView view;
        lock (_gate) view = _seats.TryGetValue(seat.Extension, out var current) && current == seat ? ViewOf(seat) : ViewOf(seat) with { State = OperatorState.LoggedOut };
        Raise(() => Changed?.Invoke(view));
        if (view.State == OperatorState.Ready) Raise(() => OperatorReady?.Invoke(view.CampaignId));
    }

    private void Raise(Action handler)
    {
        try
        {
            handler();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _logger.LogError(error, "An operator desk event handler failed");
        }
    }
}
