using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Accounts;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Accounts;

/// <summary>API keys in the <c>api_keys</c> table, looked up by key id across companies.</summary>
internal sealed class SqlApiKeyStore(DatabaseInitializer database) : IApiKeyStore
{
    public async ValueTask<ApiKey?> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyId == keyId, cancellationToken);
        return row?.ToKey();
    }

    public async ValueTask<IReadOnlyList<ApiKey>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        var rows = await context.ApiKeys.AsNoTracking().Where(k => k.CompanyId == companyId)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.KeyId).ToListAsync(cancellationToken);
        return rows.Select(k => k.ToKey()).ToList();
    }

    public async ValueTask SaveAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var context = await database.OpenAsync(cancellationToken);
        var row = await context.ApiKeys.FirstOrDefaultAsync(k => k.KeyId == key.Id, cancellationToken);
        if (row is null) context.ApiKeys.Add(new ApiKeyRow().CopyFrom(key));
        else row.CopyFrom(key);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async ValueTask TouchAsync(string keyId, DateTimeOffset usedAt, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.ApiKeys.Where(k => k.KeyId == keyId).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, (DateTimeOffset?)usedAt), cancellationToken);
    }
}
