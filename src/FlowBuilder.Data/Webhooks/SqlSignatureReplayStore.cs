using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Webhooks;

/// <summary>Seen signatures in <c>webhook_seen_signatures</c>; the primary key makes the first writer win.</summary>
internal sealed class SqlSignatureReplayStore(DatabaseInitializer database) : ISignatureReplayStore
{
    public async ValueTask<bool> TryRecordAsync(string companyId, string signatureHash, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        if (await context.SeenSignatures.AnyAsync(s => s.SignatureHash == signatureHash, cancellationToken)) return false;
        context.SeenSignatures.Add(new SeenSignatureRow { SignatureHash = signatureHash, CompanyId = companyId, ExpiresAt = expiresAt });
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

    public async ValueTask<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var context = await database.OpenAsync(cancellationToken);
        return await context.SeenSignatures.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
