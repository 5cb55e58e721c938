using System.Data.Common;
using FlowBuilder.Data.Configuration;
using Npgsql;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>A fresh database on the server named by <see cref="Variable"/>, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    /// <summary>A connection string to a database whose user may create databases (tests/scripts/postgres.sh prints one).</summary>
    public const string Variable = "FLOWBUILDER_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        _serverConnectionString = serverConnectionString;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ToString();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set.");
        var database = new PostgresTestDatabase(server, $"flowbuilder_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database._name}");
        return database;
    }

    public override DbConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public override Task<IReadOnlyList<string>> TablesAsync() =>
        StringsAsync("SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1");

    public override Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        StringsAsync($"SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' ORDER BY ordinal_position");

    public override Task<IReadOnlyList<string>> NullableColumnsAsync(string table) =>
        StringsAsync($"SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '{table}' AND is_nullable = 'YES' ORDER BY ordinal_position");

    public override Task<IReadOnlyList<string>> IndexesAsync() =>
        StringsAsync("SELECT indexname::text FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        // FORCE cannot end a backend of another role (an autovacuum worker that just opened the fresh database answers 42501).
        // Such a worker leaves within moments; if it has not after a few tries, the database stays behind in the throwaway cluster.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                if (attempt == 5) return;
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
