using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FlowBuilder.Data.Configuration;

/// <summary>The database in use, read from the <c>FlowBuilder:Database</c> section: <c>Provider</c>
/// (<c>sqlite</c>, the default, or <c>postgres</c>) and <c>ConnectionString</c>. Without a connection
/// string SQLite uses <c>data/flowbuilder.db</c> under the content root (or the current directory).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SectionName = "FlowBuilder:Database";

    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var contentRoot = configuration[HostDefaults.ContentRootKey] is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();
        var provider = ParseProvider(section["Provider"]);
        var connectionString = section["ConnectionString"];
        return provider switch
        {
            DatabaseProvider.Postgres => new(provider, connectionString is { Length: > 0 }
                ? connectionString
                : throw new InvalidOperationException($"{SectionName}:ConnectionString is required when {SectionName}:Provider is 'postgres', e.g. \"Host=localhost;Database=flowbuilder;Username=flowbuilder;Password=…\".")),
            _ => new(provider, SqliteConnectionString(connectionString, contentRoot)),
        };
    }

    /// <summary>The SQLite file, or null for an in-memory database.</summary>
    internal string? SqliteFile =>
        Provider == DatabaseProvider.Sqlite && new SqliteConnectionStringBuilder(ConnectionString).DataSource is { Length: > 0 } file
        && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? file
            : null;

    private static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException($"{SectionName}:Provider '{value}' is not supported. Use 'sqlite' (the default) or 'postgres'."),
    };

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "");
        if (string.IsNullOrEmpty(builder.DataSource)) builder.DataSource = Path.Combine("data", "flowbuilder.db");
        var file = builder.DataSource;
        if (file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(file))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        return builder.ToString();
    }
}
