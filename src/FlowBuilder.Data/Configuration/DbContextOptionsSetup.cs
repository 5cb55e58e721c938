using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace FlowBuilder.Data.Configuration;

internal static class DbContextOptionsSetup
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(settings.ConnectionString);
                break;
            default:
                if (settings.SqliteFile is { } file && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder) Directory.CreateDirectory(folder);
                options.UseSqlite(settings.ConnectionString).AddInterceptors(SqlitePragmaInterceptor.Instance);
                break;
        }
        // The migrations are written by hand and carry no model snapshot; DatabaseSchemaContract tests
        // check that the schema they create matches the model instead.
        // Every query would otherwise log at Information; hosts that want SQL turn on Debug for
        // Microsoft.EntityFrameworkCore.Database.Command.
        options.ConfigureWarnings(warnings => warnings
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
    }
}
