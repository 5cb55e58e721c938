using System.Data.Common;
using FlowBuilder.Data.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Support;

/// <summary>A throwaway database (a temp SQLite file or a fresh PostgreSQL database), removed on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>What one process would build: the stores of <c>AddFlowBuilderData</c> on this database.
    /// Two service providers on one database behave like two processes (separate connection pools).</summary>
    public ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["FlowBuilder:Database:Provider"] = Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
                ["FlowBuilder:Database:ConnectionString"] = ConnectionString,
            })
            .Build();
        return new ServiceCollection().AddFlowBuilderData(configuration).BuildServiceProvider();
    }

    public abstract DbConnection OpenConnection();

    /// <summary>Names of the tables, FlowBuilder's and EF Core's.</summary>
    public abstract Task<IReadOnlyList<string>> TablesAsync();

    public abstract Task<IReadOnlyList<string>> ColumnsAsync(string table);

    /// <summary>The columns of <paramref name="table"/> that allow NULL.</summary>
    public abstract Task<IReadOnlyList<string>> NullableColumnsAsync(string table);

    public abstract Task<IReadOnlyList<string>> IndexesAsync();

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    protected async Task<IReadOnlyList<string>> StringsAsync(string sql)
    {
        await using var connection = OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    public abstract ValueTask DisposeAsync();
}
