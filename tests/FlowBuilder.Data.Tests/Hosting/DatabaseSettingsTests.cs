using FlowBuilder.Data.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace FlowBuilder.Data.Tests.Hosting;

public sealed class DatabaseSettingsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void FromConfiguration_NothingSet_UsesSqliteFileInDataFolderUnderContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "flowbuilder-root");

        var settings = DatabaseSettings.FromConfiguration(Configuration(("contentRoot", root)));

        settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
        new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource.ShouldBe(Path.Combine(root, "data", "flowbuilder.db"));
    }

    [Fact]
    public void FromConfiguration_RelativeSqliteFile_IsResolvedAgainstContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), "flowbuilder-root");

        var settings = DatabaseSettings.FromConfiguration(Configuration(
            ("contentRoot", root), ("FlowBuilder:Database:Provider", "SQLite"), ("FlowBuilder:Database:ConnectionString", "Data Source=state/flows.db;Cache=Shared")));

        var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
        builder.DataSource.ShouldBe(Path.Combine(root, "state", "flows.db"));
        builder.Cache.ShouldBe(SqliteCacheMode.Shared);
    }

    [Fact]
    public void FromConfiguration_Postgres_KeepsConnectionString()
    {
        var settings = DatabaseSettings.FromConfiguration(Configuration(
            ("FlowBuilder:Database:Provider", "postgres"), ("FlowBuilder:Database:ConnectionString", "Host=db;Database=flowbuilder")));

        settings.ShouldBe(new DatabaseSettings(DatabaseProvider.Postgres, "Host=db;Database=flowbuilder"));
    }

    [Fact]
    public void FromConfiguration_PostgresWithoutConnectionString_ThrowsNamingTheSetting()
    {
        var error = Should.Throw<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("FlowBuilder:Database:Provider", "postgres"))));

        error.Message.ShouldContain("FlowBuilder:Database:ConnectionString");
    }

    [Fact]
    public void FromConfiguration_UnknownProvider_ThrowsNamingTheChoices()
    {
        var error = Should.Throw<InvalidOperationException>(() => DatabaseSettings.FromConfiguration(Configuration(("FlowBuilder:Database:Provider", "oracle"))));

        error.Message.ShouldContain("'oracle'");
        error.Message.ShouldContain("'postgres'");
    }
}
