using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Webhooks;

/// <summary>Webhook secrets in the <c>webhook_secrets</c> table, one row per flow.</summary>
internal sealed class SqlWebhookSecretStore(DatabaseInitializer database) : IWebhookSecretStore
{
    public async ValueTask<WebhookSecret?> GetAsync(string companyId, string flowId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.WebhookSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.CompanyId == companyId && s.FlowId == flowId, cancellationToken);
        return row?.ToSecret();
    }

    public async ValueTask<WebhookSecret> RotateAsync(string companyId, string flowId, string secret, DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.WebhookSecrets.FirstOrDefaultAsync(s => s.CompanyId == companyId && s.FlowId == flowId, cancellationToken);
        if (row is null)
        {
            row = new WebhookSecretRow { CompanyId = companyId, FlowId = flowId };
            context.WebhookSecrets.Add(row);
        }
        else
        {
            row.PreviousSecret = row.Secret;
            row.PreviousValidUntil = now + grace;
        }
        row.Secret = secret;
        row.CreatedAt = now;
        await context.SaveChangesAsync(cancellationToken);
        return row.ToSecret();
    }
}
