using FlowBuilder.Data.Context;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data;

/// <summary>The database outside a host: for the CLI, tools and benchmarks.</summary>
public static class FlowBuilderDatabase
{
    /// <summary>
    /// Applies the pending migrations to the database configured by <c>AddFlowBuilderData</c> in
    /// <paramref name="services"/> (creating the SQLite file and its folder if needed). Safe to call
    /// more than once and from several processes: applied migrations are skipped. A host does this on
    /// start by itself; the stores also do it before their first query.
    /// </summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        (services.GetService<DatabaseInitializer>()
            ?? throw new InvalidOperationException("No FlowBuilder database is registered: call services.AddFlowBuilderData(configuration) first."))
        .EnsureMigratedAsync(cancellationToken).AsTask();
}
