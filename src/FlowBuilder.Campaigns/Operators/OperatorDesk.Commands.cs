using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;

namespace FlowBuilder.Campaigns.Operators;

internal sealed partial class OperatorDesk
{
    /// <summary>The code that also puts the number on the company's do-not-call list.</summary>
    public const string DoNotCallCode = "do-not-call";

    public async ValueTask<OperatorCommandResult> LoginAsync(string companyId, string campaignId, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyId);
        ArgumentNullException.ThrowIfNull(campaignId);
        ArgumentNullException.ThrowIfNull(extension);
        lock (_gate)
        {
            if (_seats.TryGetValue(extension, out var existing))
            {
                return existing.CampaignId == campaignId && existing.CompanyId == companyId
                    ? OperatorCommandResult.Ok(ViewOf(existing))
                    : OperatorResults.Conflict(ViewOf(existing), $"Extension {extension} is logged in to campaign '{existing.CampaignId}': log out there first (one campaign at a time).");
            }
        }
        var campaign = await _campaigns.GetAsync(companyId, campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign is null) return OperatorResults.NotFound(null, $"No campaign '{campaignId}'.");
        if (campaign.Mode == CampaignMode.AutoInformer)
            return OperatorResults.Invalid(null, $"Campaign '{campaign.Name}' is an auto-informer: it has no operators (change its dial mode to preview, progressive or predictive).");
        if (!campaign.Operators.Contains(extension, StringComparer.Ordinal))
            return OperatorResults.Invalid(null, $"Extension {extension} is not an operator of campaign '{campaign.Name}': add it to the campaign's operators.");

        var seat = new OperatorSeat(extension, companyId, campaign);
        lock (_gate)
        {
            if (_seats.TryGetValue(extension, out var raced))
                return OperatorResults.Conflict(ViewOf(raced), $"Extension {extension} is logged in to campaign '{raced.CampaignId}' already.");
            Move(seat, OperatorState.Ready);
            _seats[extension] = seat;
        }
        return await RunAsync(seat, async () =>
        {
            // Signed in is Ready: tell the dialer now (a progressive or predictive campaign waits for it), not at its next poll.
            Publish(seat);
            await FillCardAsync(seat, cancellationToken).ConfigureAwait(false);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    public async ValueTask<OperatorCommandResult> LogoutAsync(string extension, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            CampaignContact? card;
            lock (_gate)
            {
                if (seat.OnCall)
                    return OperatorResults.Conflict(ViewOf(seat), $"Extension {extension} is on a call (attempt {seat.AttemptId}): log out when it has ended.");
                card = seat.PreviewContact;
                Move(seat, OperatorState.LoggedOut);
                ClearCall(seat);
                _seats.Remove(extension);
            }
            if (card is not null) await PutBackAsync(card, seat.Extension, _time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
            Publish(seat);
            lock (_gate) return OperatorCommandResult.Ok(ViewOf(seat));
        }).ConfigureAwait(false);
    }

    public async ValueTask<OperatorCommandResult> ReadyAsync(string extension, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            lock (_gate)
            {
                seat.PauseAfterCall = false;
                if (seat.OnCall || seat.State == OperatorState.Reserved) return OperatorCommandResult.Ok(ViewOf(seat));
                if (seat.State != OperatorState.Ready) BackToWork(seat);
            }
            Publish(seat);
            await FillCardAsync(seat, cancellationToken).ConfigureAwait(false);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    public async ValueTask<OperatorCommandResult> PauseAsync(string extension, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            CampaignContact? card;
            lock (_gate)
            {
                if (seat.OnCall)
                {
                    // The call goes on; the operator is Paused when it ends.
                    seat.PauseAfterCall = true;
                    return OperatorCommandResult.Ok(ViewOf(seat));
                }
                card = seat.PreviewContact;
                Move(seat, OperatorState.Paused);
                ClearCall(seat);
            }
            if (card is not null) await PutBackAsync(card, seat.Extension, _time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
            Publish(seat);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    public async ValueTask<OperatorCommandResult> SubmitDispositionAsync(string extension, string attemptId, string code, string? notes, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            var allowed = seat.Campaign.DispositionCodes;
            var chosen = allowed.FirstOrDefault(c => string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
                return OperatorResults.Invalid(Get(extension), $"Disposition code '{code}' is not one of campaign '{seat.Campaign.Name}': choose one of {string.Join(", ", allowed)}.");
            if (string.IsNullOrWhiteSpace(attemptId)) return OperatorResults.Invalid(Get(extension), "The disposition needs the attempt id (attemptId) of the call it is about.");
            var attempt = await _campaigns.GetAttemptAsync(seat.CampaignId, attemptId, cancellationToken).ConfigureAwait(false);
            if (attempt is null) return OperatorResults.NotFound(Get(extension), $"No attempt '{attemptId}' in campaign '{seat.Campaign.Name}'.");
            bool current;
            lock (_gate) current = seat.AttemptId == attemptId;
            if (!current && attempt.Operator != extension)
                return OperatorResults.Invalid(Get(extension), $"Attempt '{attemptId}' was not connected to extension {extension}: give the disposition of your own calls.");

            await _campaigns.SetOperatorDispositionAsync(seat.CampaignId, attemptId, chosen, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), cancellationToken).ConfigureAwait(false);
            if (string.Equals(chosen, DoNotCallCode, StringComparison.OrdinalIgnoreCase))
                await _doNotCall.AddAsync(seat.CompanyId, attempt.Phone, "operator", cancellationToken).ConfigureAwait(false);

            bool freed;
            lock (_gate)
            {
                freed = seat.AttemptId == attemptId && seat.State == OperatorState.WrapUp;
                if (freed) BackToWork(seat);
                else if (seat.AttemptId == attemptId) seat.DispositionGiven = true;
            }
            Publish(seat);
            if (freed) await FillCardAsync(seat, cancellationToken).ConfigureAwait(false);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    private OperatorSeat? Find(string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_gate) return _seats.GetValueOrDefault(extension);
    }

    private OperatorCommandResult Ok(OperatorSeat seat)
    {
        lock (_gate) return OperatorCommandResult.Ok(ViewOf(seat));
    }

    /// <summary>Runs one command of the operator's after the previous one has finished.</summary>
    private static async ValueTask<OperatorCommandResult> RunAsync(OperatorSeat seat, Func<Task<OperatorCommandResult>> command)
    {
        await seat.Commands.WaitAsync().ConfigureAwait(false);
        try
        {
            return await command().ConfigureAwait(false);
        }
        finally
        {
            seat.Commands.Release();
        }
    }
}
