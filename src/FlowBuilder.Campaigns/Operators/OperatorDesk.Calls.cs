using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>The call states the operator connector sets while it connects a contact to an operator.</summary>
internal sealed partial class OperatorDesk
{
    /// <summary>Takes the operator held for the attempt (progressive: reserved by the dialer; preview: their card's call); false
    /// when they are not held for it any more.</summary>
    public bool TryTakeReserved(string extension, string campaignId, string attemptId)
    {
        lock (_gate)
        {
            if (!_seats.TryGetValue(extension, out var seat) || seat.CampaignId != campaignId || seat.State != OperatorState.Reserved) return false;
            if (seat.AttemptId is not null && seat.AttemptId != attemptId) return false;
            seat.AttemptId = attemptId;
            return true;
        }
    }

    /// <summary>The operator's phone rings with the contact's call (→ Talking, call state <c>ringing</c>).</summary>
    public void Ringing(string extension, string attemptId, string callId, OperatorCard? card)
    {
        if (Change(extension, attemptId, seat =>
        {
            Move(seat, OperatorState.Talking);
            seat.AttemptId = attemptId;
            seat.CallId = callId;
            seat.CallState = "ringing";
            seat.Card ??= card;
        }) is { } changed) Publish(changed);
    }

    /// <summary>The operator picked up: they talk with the contact.</summary>
    public void Answered(string extension, string attemptId)
    {
        if (Change(extension, attemptId, seat => seat.CallState = "talking") is { } changed) Publish(changed);
    }

    /// <summary>The operator's phone did not answer (or could not ring): Paused, so they get no more calls until they come back.</summary>
    public void NotAnswered(string extension, string attemptId)
    {
        if (Change(extension, attemptId, seat =>
        {
            Move(seat, OperatorState.Paused);
            seat.PauseAfterCall = false;
            ClearCall(seat);
        }) is { } changed) Publish(changed);
    }

    /// <summary>The call ended. After a talk: WrapUp until the disposition is given or the campaign's wrap-up time has passed (none
    /// when it was given during the call); otherwise back to work.</summary>
    public void CallEnded(string extension, string attemptId, bool talked)
    {
        var changed = Change(extension, attemptId, seat =>
        {
            if (!talked || seat.DispositionGiven)
            {
                BackToWork(seat);
                return;
            }
            Move(seat, OperatorState.WrapUp);
            seat.CallId = null;
            seat.CallState = null;
            var version = seat.Version;
            seat.Timer = _time.CreateTimer(_ => WrapUpElapsed(seat, version), null, TimeSpan.FromSeconds(Math.Max(0, seat.Campaign.WrapUpSeconds)), Timeout.InfiniteTimeSpan);
        });
        if (changed is null) return;
        if (changed.State == OperatorState.WrapUp) Publish(changed);
        else AfterFreed(changed);
    }

    private void WrapUpElapsed(OperatorSeat seat, long version)
    {
        lock (_gate)
        {
            if (seat.Version != version || seat.State != OperatorState.WrapUp || !_seats.ContainsKey(seat.Extension)) return;
            BackToWork(seat);
        }
        AfterFreed(seat);
    }

    /// <summary>Applies <paramref name="change"/> to the operator's seat when it is still about <paramref name="attemptId"/> (or free
    /// of any attempt); returns the seat changed, null when it was not.</summary>
    private OperatorSeat? Change(string extension, string attemptId, Action<OperatorSeat> change)
    {
        lock (_gate)
        {
            if (!_seats.TryGetValue(extension, out var seat)) return null;
            if (seat.AttemptId is not null && seat.AttemptId != attemptId) return null;
            change(seat);
            return seat;
        }
    }
}
