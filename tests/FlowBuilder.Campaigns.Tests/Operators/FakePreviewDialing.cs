using FlowBuilder.Campaigns.Dialing;
using FlowBuilder.Engine.Campaigns;

namespace FlowBuilder.Campaigns.Tests.Operators;

/// <summary>The dialer's preview side: claims the store's next due contact; "dials" by beginning an attempt and handing its live
/// attempt (the operator reserved) to <see cref="FakeLiveAttempts"/>, so the test rings the call that the flow then runs on.</summary>
internal sealed class FakePreviewDialing(FakeCampaignStore store, FakeLiveAttempts live, TimeProvider time) : IPreviewDialing
{
    private int _attempts;

    /// <summary>When true the campaign may not dial now: the contact is deferred and null returned.</summary>
    public bool Refuse { get; set; }

    public ValueTask<CampaignContact?> ClaimForPreviewAsync(string campaignId, string operatorExtension, CancellationToken cancellationToken) =>
        ValueTask.FromResult(store.ClaimNext(campaignId, time.GetUtcNow()));

    public async ValueTask<CampaignAttempt?> DialClaimedAsync(string campaignId, CampaignContact claimed, string operatorExtension, CancellationToken cancellationToken)
    {
        if (Refuse)
        {
            await store.DeferAsync(campaignId, claimed.ContactId, time.GetUtcNow(), "campaign-paused", cancellationToken);
            return null;
        }
        var attempt = new CampaignAttempt($"p{Interlocked.Increment(ref _attempts)}", campaignId, claimed.ContactId, claimed.Attempts + 1, claimed.Phone, time.GetUtcNow());
        store.Put(attempt);
        var campaign = await store.GetAsync(OperatorRig.Company, campaignId, cancellationToken) ?? throw new InvalidOperationException("No campaign " + campaignId);
        live.Expect(new LiveAttempt(campaign, attempt) { ReservedOperator = operatorExtension });
        return attempt;
    }
}
