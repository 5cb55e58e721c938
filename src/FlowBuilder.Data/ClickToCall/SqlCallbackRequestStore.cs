using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>
/// Callback requests in <c>callback_requests</c>, their legs in <c>callback_legs</c> and comments in <c>callback_comments</c>.
/// Claims are one UPDATE … RETURNING each (FOR UPDATE SKIP LOCKED on PostgreSQL), and every status change is guarded by the
/// status it expects, so a lapsed claim taken over by another node, or a second finish of one attempt, changes nothing.
/// </summary>
internal sealed partial class SqlCallbackRequestStore(DatabaseInitializer database) : ICallbackRequestStore
{
    public async ValueTask AddAsync(CallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = await database.OpenAsync(cancellationToken);
        context.CallbackRequests.Add(CallbackRequestRow.Of(request));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error)
        {
            // The primary key refuses a second row with the id: no read before the insert on the intake's path.
            throw new InvalidOperationException($"Callback request '{request.Id}' exists already.", error);
        }
    }

    public async ValueTask<CallbackRequest?> GetAsync(string companyId, string requestId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.CallbackRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId && r.CompanyId == companyId, cancellationToken);
        return row?.ToRequest();
    }

    public async ValueTask<CallbackRequestPage> ListAsync(CallbackRequestQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = context.CallbackRequests.AsNoTracking().Where(r => r.CompanyId == query.CompanyId);
        if (query.CampaignId is { } campaignId) rows = rows.Where(r => r.CampaignId == campaignId);
        if (query.Statuses is { Count: > 0 } statuses)
        {
            var wanted = statuses.ToList();
            rows = rows.Where(r => wanted.Contains(r.Status));
        }
        if (query.From is { } from) rows = rows.Where(r => r.CreatedAt >= from);
        if (query.To is { } to) rows = rows.Where(r => r.CreatedAt < to);
        if (!string.IsNullOrEmpty(query.Phone))
        {
            var phone = query.Phone;
            rows = rows.Where(r => r.ClientPhone.StartsWith(phone));
        }
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Max(0, query.Take)).ToListAsync(cancellationToken);
        return new CallbackRequestPage(page.Select(r => r.ToRequest()).ToList(), total);
    }

    public async ValueTask<IReadOnlyList<CallbackLeg>> ListLegsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestIds);
        if (requestIds.Count == 0) return [];
        var ids = requestIds.Distinct(StringComparer.Ordinal).ToList();
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallbackLegs.AsNoTracking().Where(l => ids.Contains(l.RequestId)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToLeg()).OrderBy(l => l.RequestId, StringComparer.Ordinal).ThenBy(l => l.Attempt).ThenBy(l => l.Side).ToList();
    }

    public async ValueTask AddCommentAsync(CallbackComment comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(comment);
        await using var context = await database.OpenAsync(cancellationToken);
        var companyId = await context.CallbackRequests.AsNoTracking().Where(r => r.Id == comment.RequestId).Select(r => r.CompanyId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"There is no callback request '{comment.RequestId}' to comment on.");
        context.CallbackComments.Add(CallbackCommentRow.Of(companyId, comment));
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask<IReadOnlyList<CallbackComment>> ListCommentsAsync(IReadOnlyCollection<string> requestIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestIds);
        if (requestIds.Count == 0) return [];
        var ids = requestIds.Distinct(StringComparer.Ordinal).ToList();
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallbackComments.AsNoTracking().Where(c => ids.Contains(c.RequestId)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToComment()).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    public async ValueTask<IReadOnlyList<CallbackRequest>> ListDueRemindersAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0) return [];
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.CallbackRequests.AsNoTracking()
            .Where(r => r.RemindedAt == null && r.RemindAt != null && r.RemindAt <= now
                && r.Status != CallbackRequestStatus.Completed && r.Status != CallbackRequestStatus.Cancelled)
            .OrderBy(r => r.RemindAt).ThenBy(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public async ValueTask<bool> MarkRemindedAsync(string requestId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.CallbackRequests.Where(r => r.Id == requestId && r.RemindedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.RemindedAt, at), cancellationToken) > 0;
    }

    public async ValueTask<IReadOnlyList<CallbackRequest>> ListByPhoneAsync(string companyId, string clientPhone, DateTimeOffset sinceCreated, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        // Only the number in SQL: with the time range (and its ORDER BY) there too, SQLite chose the (company_id, created_at)
        // index and read every request of the company since sinceCreated on each intake (bench/clicktocall). A number has few
        // requests (the intake's rate limit), so the range and the order are applied here.
        var rows = await context.CallbackRequests.AsNoTracking()
            .Where(r => r.CompanyId == companyId && r.ClientPhone == clientPhone).ToListAsync(cancellationToken);
        return rows.Where(r => r.CreatedAt >= sinceCreated)
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.ToRequest()).ToList();
    }
}
