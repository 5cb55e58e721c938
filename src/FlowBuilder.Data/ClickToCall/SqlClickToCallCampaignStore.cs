using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>Click-to-call campaigns in <c>click_to_call_campaigns</c>; ids and keys are unique across companies (the key by a
/// unique index, so two nodes adding one key at once cannot both succeed).</summary>
internal sealed class SqlClickToCallCampaignStore(DatabaseInitializer database) : IClickToCallCampaignStore
{
    public async ValueTask AddAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var context = await database.OpenAsync(cancellationToken);
        if (await context.ClickToCallCampaigns.AnyAsync(c => c.Id == campaign.Id || c.Key == campaign.Key, cancellationToken))
            throw new InvalidOperationException($"A click-to-call campaign with id '{campaign.Id}' or the same key exists already.");
        context.ClickToCallCampaigns.Add(ClickToCallCampaignRow.Of(campaign));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error)
        {
            throw new InvalidOperationException($"A click-to-call campaign with id '{campaign.Id}' or the same key exists already.", error);
        }
    }

    public async ValueTask<bool> UpdateAsync(ClickToCallCampaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ClickToCallCampaigns.FirstOrDefaultAsync(c => c.Id == campaign.Id && c.CompanyId == campaign.CompanyId, cancellationToken);
        if (row is null) return false;
        if (await context.ClickToCallCampaigns.AnyAsync(c => c.Id != campaign.Id && c.Key == campaign.Key, cancellationToken))
            throw new InvalidOperationException($"Another click-to-call campaign has the key of '{campaign.Id}'.");
        row.CopyFrom(campaign);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error)
        {
            throw new InvalidOperationException($"Another click-to-call campaign has the key of '{campaign.Id}'.", error);
        }
        return true;
    }

    public async ValueTask<ClickToCallCampaign?> GetAsync(string companyId, string campaignId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ClickToCallCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId && c.CompanyId == companyId, cancellationToken);
        return row?.ToCampaign();
    }

    public async ValueTask<ClickToCallCampaign?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ClickToCallCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, cancellationToken);
        return row?.ToCampaign();
    }

    public async ValueTask<IReadOnlyList<ClickToCallCampaign>> ListAsync(string companyId, bool includeArchived, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.ClickToCallCampaigns.AsNoTracking().Where(c => c.CompanyId == companyId);
        if (!includeArchived) rows = rows.Where(c => c.Status != ClickToCallStatus.Archived);
        var list = await rows.ToListAsync(cancellationToken);
        return list.Select(r => r.ToCampaign()).OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<IReadOnlyList<ClickToCallCampaign>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.ClickToCallCampaigns.AsNoTracking().Where(c => c.Status == ClickToCallStatus.Active).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToCampaign()).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }
}
