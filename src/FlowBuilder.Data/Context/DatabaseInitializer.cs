using Microsoft.EntityFrameworkCore;

namespace FlowBuilder.Data.Context;

/// <summary>Applies the migrations once per process. The stores await it before their first query, so
/// the schema exists whichever hosted service (or CLI command) touches the database first.</summary>
internal sealed class DatabaseInitializer(IDbContextFactory<FlowBuilderDbContext> contexts)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    public IDbContextFactory<FlowBuilderDbContext> Contexts { get; } = contexts;

    public ValueTask EnsureMigratedAsync(CancellationToken cancellationToken) =>
        _migrated ? ValueTask.CompletedTask : new ValueTask(MigrateOnceAsync(cancellationToken));

    /// <summary>A context on a database whose migrations have been applied.</summary>
    public async ValueTask<FlowBuilderDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated) await MigrateOnceAsync(cancellationToken).ConfigureAwait(false);
        return await Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated) return;
            await using var context = await Contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            _migrated = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
