using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Operators;

/// <summary>Builds the contact card an operator's page shows: the contact, its queue row, its earlier attempts and the
/// information databases' records about its number.</summary>
internal sealed class OperatorCards(IContactStore contacts, ICampaignStore campaigns)
{
    /// <summary>Attempts shown in the card's history (newest first).</summary>
    public const int HistoryLength = 20;

    public async ValueTask<OperatorCard> BuildAsync(string companyId, CampaignContact entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // A contact deleted from its group after the campaign started still has its queue row: show what the row knows.
        var contact = await contacts.GetContactAsync(companyId, entry.ContactId, cancellationToken).ConfigureAwait(false)
            ?? new Contact(entry.ContactId, companyId, "", entry.Phone, null, null, entry.TimeZone, new Dictionary<string, object?>());
        var history = await campaigns.ListAttemptsAsync(new AttemptQuery(entry.CampaignId, entry.ContactId, Limit: HistoryLength), cancellationToken).ConfigureAwait(false);
        var info = await contacts.FindInfoAsync(companyId, entry.Phone, cancellationToken).ConfigureAwait(false);
        return new OperatorCard(contact, entry, history, info);
    }

    /// <summary>The card of the contact an attempt calls; null when its queue row is gone.</summary>
    public async ValueTask<OperatorCard?> ForAttemptAsync(Campaign campaign, CampaignAttempt attempt, CancellationToken cancellationToken)
    {
        var entry = await campaigns.GetContactAsync(campaign.Id, attempt.ContactId, cancellationToken).ConfigureAwait(false);
        return entry is null ? null : await BuildAsync(campaign.CompanyId, entry, cancellationToken).ConfigureAwait(false);
    }
}
