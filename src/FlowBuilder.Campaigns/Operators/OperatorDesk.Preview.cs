using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Operators;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Campaigns.Operators;

internal sealed partial class OperatorDesk
{
    /// <summary>A skipped contact is due again after this long.</summary>
    public static readonly TimeSpan SkipDelay = TimeSpan.FromMinutes(10);

    /// <summary>A Ready preview operator without a card looks for one again after this long (none was due, or the campaign was not active).</summary>
    public static readonly TimeSpan CardRetry = TimeSpan.FromSeconds(15);

    public const string SkippedReason = "skipped-by-operator";

    private const int MaxReleasedEarly = 1024;
    private readonly HashSet<string> _releasedEarly = new(StringComparer.Ordinal);

    public async ValueTask<OperatorCommandResult> CallAsync(string extension, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            CampaignContact contact;
            lock (_gate)
            {
                if (seat.Campaign.Mode != CampaignMode.Preview)
                    return OperatorResults.Conflict(ViewOf(seat), $"Campaign '{seat.Campaign.Name}' is {seat.Campaign.Mode}: the dialer places its calls; Call is for preview campaigns.");
                if (seat.AttemptId is not null) return OperatorResults.Conflict(ViewOf(seat), $"The call to {seat.PreviewContact?.Phone} is placed already (attempt {seat.AttemptId}).");
                if (seat.State != OperatorState.Reserved || seat.PreviewContact is null)
                    return OperatorResults.Conflict(ViewOf(seat), "There is no contact on the card to call: press Ready and wait for the next card.");
                contact = seat.PreviewContact;
                seat.CallState = "ringing";
            }
            CampaignAttempt? attempt;
            try
            {
                attempt = await _preview.DialClaimedAsync(seat.CampaignId, contact, seat.Extension, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                // The card stays: the operator may press Call again or skip.
                lock (_gate)
                {
                    if (seat.AttemptId is null) seat.CallState = null;
                }
                throw;
            }
            if (attempt is null)
            {
                lock (_gate)
                {
                    if (seat.State == OperatorState.Reserved && seat.AttemptId is null) BackToWork(seat);
                }
                AfterFreed(seat);
                return OperatorResults.Conflict(Get(extension),
                    $"The call to {contact.Phone} cannot be placed now (the campaign is not active, is at its call limit, or it is outside calling hours): the contact was put back for later.");
            }
            bool endedAlready;
            lock (_gate)
            {
                endedAlready = _releasedEarly.Remove(attempt.Id);
                if (seat.State == OperatorState.Reserved && seat.AttemptId is null)
                {
                    seat.AttemptId = attempt.Id;
                    if (endedAlready) BackToWork(seat);
                }
            }
            if (endedAlready) AfterFreed(seat);
            else Publish(seat);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    public async ValueTask<OperatorCommandResult> SkipAsync(string extension, CancellationToken cancellationToken)
    {
        if (Find(extension) is not { } seat) return OperatorResults.NotLoggedIn(extension);
        return await RunAsync(seat, async () =>
        {
            CampaignContact contact;
            lock (_gate)
            {
                if (seat.Campaign.Mode != CampaignMode.Preview)
                    return OperatorResults.Conflict(ViewOf(seat), $"Campaign '{seat.Campaign.Name}' is {seat.Campaign.Mode}: Skip is for preview campaigns.");
                if (seat.AttemptId is not null) return OperatorResults.Conflict(ViewOf(seat), $"The call to {seat.PreviewContact?.Phone} is placed already: it cannot be skipped.");
                if (seat.State != OperatorState.Reserved || seat.PreviewContact is null)
                    return OperatorResults.Conflict(ViewOf(seat), "There is no contact on the card to skip.");
                contact = seat.PreviewContact;
                BackToWork(seat);
            }
            await PutBackAsync(contact, seat.Extension, _time.GetUtcNow() + SkipDelay, SkippedReason, cancellationToken).ConfigureAwait(false);
            Publish(seat);
            await FillCardAsync(seat, cancellationToken).ConfigureAwait(false);
            return Ok(seat);
        }).ConfigureAwait(false);
    }

    /// <summary>Preview, for a Ready operator without a card: claims the next due contact and shows its card (→ Reserved); when
    /// none is due, or the campaign is not active, looks again after <see cref="CardRetry"/>. Called inside the operator's command.</summary>
    private async ValueTask FillCardAsync(OperatorSeat seat, CancellationToken cancellationToken)
    {
        long version;
        lock (_gate)
        {
            if (seat.Campaign.Mode != CampaignMode.Preview || seat.State != OperatorState.Ready || seat.Card is not null || !_seats.ContainsKey(seat.Extension)) return;
            version = seat.Version;
        }
        var campaign = await _campaigns.GetAsync(seat.CompanyId, seat.CampaignId, cancellationToken).ConfigureAwait(false);
        CampaignContact? claimed = null;
        if (campaign is { Status: CampaignStatus.Active })
            claimed = await _preview.ClaimForPreviewAsync(seat.CampaignId, seat.Extension, cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            lock (_gate)
            {
                if (campaign is not null) seat.Campaign = campaign;
                if (seat.Version == version && campaign is not null) ArmCardRetry(seat, version);
            }
            return;
        }
        await _campaigns.SetOperatorAsync(seat.CampaignId, claimed.ContactId, seat.Extension, cancellationToken).ConfigureAwait(false);
        var card = await _cards.BuildAsync(seat.CompanyId, claimed with { Operator = seat.Extension }, cancellationToken).ConfigureAwait(false);
        bool shown;
        lock (_gate)
        {
            seat.Campaign = campaign!;
            shown = seat.Version == version && seat.State == OperatorState.Ready && _seats.ContainsKey(seat.Extension);
            if (shown)
            {
                Move(seat, OperatorState.Reserved);
                seat.Card = card;
                seat.PreviewContact = claimed;
            }
        }
        if (shown) Publish(seat);
        else await PutBackAsync(claimed, seat.Extension, _time.GetUtcNow(), null, cancellationToken).ConfigureAwait(false);
    }

    private void ArmCardRetry(OperatorSeat seat, long version)
    {
        seat.Timer?.Dispose();
        seat.Timer = _time.CreateTimer(_ =>
        {
            lock (_gate)
            {
                if (seat.Version != version) return;
            }
            RefillInBackground(seat);
        }, null, CardRetry, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Looks for the next card off the caller's thread (after a call, a wrap-up timeout, a retry).</summary>
    private void RefillInBackground(OperatorSeat seat) => _ = Task.Run(async () =>
    {
        try
        {
            await RunAsync(seat, async () =>
            {
                await FillCardAsync(seat, CancellationToken.None).ConfigureAwait(false);
                return Ok(seat);
            }).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _logger.LogError(error, "Operator {Extension}: looking for the next contact of campaign {Campaign} failed", seat.Extension, seat.CampaignId);
        }
    });

    /// <summary>Gives a claimed card's contact back to the queue, due at <paramref name="dueAt"/>, no longer reserved for the operator.</summary>
    private async ValueTask PutBackAsync(CampaignContact contact, string extension, DateTimeOffset dueAt, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await _campaigns.DeferAsync(contact.CampaignId, contact.ContactId, dueAt, reason, cancellationToken).ConfigureAwait(false);
            await _campaigns.SetOperatorAsync(contact.CampaignId, contact.ContactId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException and not OutOfMemoryException)
        {
            // Its claim lapses by itself: the contact is not lost, only later.
            _logger.LogError(error, "Operator {Extension}: putting contact {Contact} of campaign {Campaign} back failed", extension, contact.ContactId, contact.CampaignId);
        }
    }

    private void RememberReleasedEarly(string attemptId)
    {
        if (_releasedEarly.Count >= MaxReleasedEarly) _releasedEarly.Clear();
        _releasedEarly.Add(attemptId);
    }
}
