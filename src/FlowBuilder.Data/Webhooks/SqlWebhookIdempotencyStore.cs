using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Webhooks;

/// <summary>Idempotency keys in the <c>webhook_idempotency</c> table; the primary key (company, flow, key) makes a claim atomic.</summary>
internal sealed class SqlWebhookIdempotencyStore(DatabaseInitializer database) : IWebhookIdempotencyStore
{
    public async ValueTask<IdempotencyClaim> ClaimAsync(IdempotentRequest request, DateTimeOffset abandonedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 0; ; attempt++)
        {
            await using var context = await database.OpenAsync(cancellationToken);
            var existing = await context.WebhookIdempotency.AsNoTracking()
                .FirstOrDefaultAsync(r => r.CompanyId == request.CompanyId && r.FlowId == request.FlowId && r.Key == request.Key, cancellationToken);
            if (existing is not null)
            {
                var stale = existing.ExpiresAt <= request.CreatedAt || (existing.StatusCode is null && existing.CreatedAt < abandonedBefore);
                if (!stale) return new IdempotencyClaim(false, existing.ToRequest());
                await context.WebhookIdempotency
                    .Where(r => r.CompanyId == existing.CompanyId && r.FlowId == existing.FlowId && r.Key == existing.Key && r.CreatedAt == existing.CreatedAt)
                    .ExecuteDeleteAsync(cancellationToken);
            }
            context.WebhookIdempotency.Add(IdempotencyRow.Of(request));
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return new IdempotencyClaim(true, null);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another request claimed the key between the read and the insert: read again.
            }
        }
    }

    public async ValueTask CompleteAsync(string companyId, string flowId, string key, string? instanceId, int statusCode, string? contentType, byte[] body, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.WebhookIdempotency.Where(r => r.CompanyId == companyId && r.FlowId == flowId && r.Key == key)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.InstanceId, instanceId)
                .SetProperty(r => r.StatusCode, statusCode)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Body, body), cancellationToken);
    }

    public async ValueTask ReleaseAsync(string companyId, string flowId, string key, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.WebhookIdempotency.Where(r => r.CompanyId == companyId && r.FlowId == flowId && r.Key == key && r.StatusCode == null)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public async ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.WebhookIdempotency.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
