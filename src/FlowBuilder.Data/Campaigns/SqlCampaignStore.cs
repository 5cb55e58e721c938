using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Engine.Campaigns.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Campaigns;

/// <summary>
/// Campaigns in <c>campaigns</c>, their work queues in <c>campaign_contacts</c> and attempts in <c>campaign_attempts</c>.
/// Claims are one UPDATE … RETURNING (FOR UPDATE SKIP LOCKED on PostgreSQL); every state change of a contact is one
/// transaction guarded by the state it expects, so a claim lapsed and taken by another node, or a second finish, changes nothing.
/// </summary>
internal sealed partial class SqlCampaignStore(DatabaseInitializer database, IContactStore contacts) : ICampaignStore
{
    public async ValueTask AddAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var context = await database.OpenAsync(cancellationToken);
        context.Campaigns.Add(CampaignRow.Of(campaign));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask UpdateAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Campaigns.FirstOrDefaultAsync(c => c.Id == campaign.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Campaign '{campaign.Id}' is not stored; add it before updating it.");
        row.CopyFrom(campaign);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<Campaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId && c.CompanyId == companyId, cancellationToken);
        return row?.ToCampaign();
    }

    public async ValueTask<IReadOnlyList<Campaign>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Campaigns.AsNoTracking().Where(c => c.CompanyId == companyId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToCampaign()).ToList();
    }

    public async ValueTask<IReadOnlyList<Campaign>> ListByStatusAsync(IReadOnlyCollection<CampaignStatus> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var wanted = statuses.ToList();
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.Campaigns.AsNoTracking().Where(c => wanted.Contains(c.Status))
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToCampaign()).ToList();
    }

    public async ValueTask<bool> DeleteAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await context.Campaigns.Where(c => c.Id == campaignId && c.CompanyId == companyId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) return false;
        await context.CampaignAttempts.Where(a => a.CampaignId == campaignId).ExecuteDeleteAsync(cancellationToken);
        await context.CampaignContacts.Where(c => c.CampaignId == campaignId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async ValueTask<IReadOnlyList<CampaignContact>> ListContactsAsync(CampaignContactQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CampaignContacts.AsNoTracking().Where(c => c.CampaignId == query.CampaignId);
        if (query.State is { } state) rows = rows.Where(c => c.State == state);
        var page = await rows.OrderBy(c => c.QueueOrder).ThenBy(c => c.ContactId).Skip(Math.Max(0, query.Offset)).Take(Math.Max(0, query.Limit)).ToListAsync(cancellationToken);
        return page.Select(r => r.ToContact()).ToList();
    }

    public async ValueTask<CampaignContact?> GetContactAsync(string campaignId, string contactId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CampaignContacts.AsNoTracking().FirstOrDefaultAsync(c => c.CampaignId == campaignId && c.ContactId == contactId, cancellationToken);
        return row?.ToContact();
    }

    public async ValueTask SetOperatorAsync(string campaignId, string contactId, string? operatorExtension, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.CampaignContacts
            .Where(c => c.CampaignId == campaignId && c.ContactId == contactId
                && (c.State == CampaignContactState.Claimed || c.State == CampaignContactState.Waiting))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Operator, operatorExtension), cancellationToken);
    }
}
