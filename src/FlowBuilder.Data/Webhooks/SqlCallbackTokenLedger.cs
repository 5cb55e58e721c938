using FlowBuilder.Data.Context;
using FlowBuilder.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Webhooks;

/// <summary>Used callback tokens in <c>callback_tokens_used</c>; the primary key makes the first POST win.</summary>
internal sealed class SqlCallbackTokenLedger(DatabaseInitializer database) : ICallbackTokenLedger
{
    public async ValueTask<bool> TryUseAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        if (await context.UsedCallbackTokens.AnyAsync(t => t.TokenHash == tokenHash, cancellationToken)) return false;
        context.UsedCallbackTokens.Add(new UsedCallbackTokenRow { TokenHash = tokenHash, UsedAt = now });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    public async ValueTask SetInstanceAsync(string tokenHash, string instanceId, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.UsedCallbackTokens.Where(t => t.TokenHash == tokenHash)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.InstanceId, instanceId), cancellationToken);
    }

    public async ValueTask ForgetAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        await context.UsedCallbackTokens.Where(t => t.TokenHash == tokenHash && t.InstanceId == null).ExecuteDeleteAsync(cancellationToken);
    }

    public async ValueTask<string?> FindFinishedInstanceAsync(string token, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        // Only on the unhappy path (a token nobody waits for); a scan of finished instances' outputs.
        return await context.Instances.AsNoTracking()
            .Where(i => (i.Status == InstanceStatus.Completed || i.Status == InstanceStatus.Faulted || i.Status == InstanceStatus.Cancelled) && i.OutputsJson.Contains(token))
            .Select(i => i.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async ValueTask<int> DeleteUsedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.UsedCallbackTokens.Where(t => t.UsedAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
