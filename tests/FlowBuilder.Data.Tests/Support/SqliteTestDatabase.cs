using System.Data.Common;
using FlowBuilder.Data.Configuration;
using Microsoft.Data.Sqlite;

namespace FlowBuilder.Data.Tests.Support;

public sealed class SqliteTestDatabase : TestDatabase
{
    public SqliteTestDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "flowbuilder-data-tests");
        Directory.CreateDirectory(folder);
        File = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = File }.ToString();
    }

    public string File { get; }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    public override DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public override Task<IReadOnlyList<string>> TablesAsync() =>
        StringsAsync("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    public override Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        StringsAsync($"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    public override Task<IReadOnlyList<string>> NullableColumnsAsync(string table) =>
        StringsAsync($"SELECT name FROM pragma_table_info('{table}') WHERE \"notnull\" = 0 AND pk = 0 ORDER BY cid");

    public override Task<IReadOnlyList<string>> IndexesAsync() =>
        StringsAsync("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name");

    /// <summary>Closes pooled connections, as a process exit would.</summary>
    public void ReleaseConnections() => SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));

    public override ValueTask DisposeAsync()
    {
        ReleaseConnections();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                System.IO.File.Delete(File + suffix);
            }
            catch (IOException)
            {
                // A leftover temp file is harmless.
            }
        }
        return ValueTask.CompletedTask;
    }
}
