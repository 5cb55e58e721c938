using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Data.Context;

/// <summary>Migrates the database when the host starts. Registered first, so it runs before the
/// engine recovers instances from the store.</summary>
internal sealed class DatabaseMigrationService(DatabaseInitializer database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken).AsTask();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
