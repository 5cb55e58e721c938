using FlowBuilder.Data.Context;
using FlowBuilder.Data.Tests.Support;
using FlowBuilder.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace FlowBuilder.Data.Tests.Schema;

/// <summary>The hand-written migrations on a fresh database: they must create what the model maps.</summary>
public abstract class DatabaseSchemaContract : IAsyncLifetime
{
    private static readonly string[] Tables = ["companies", "flows", "flow_versions", "trigger_bindings", "instances", "journal", "incidents", "call_records",
        "call_recordings", "extensions", "extension_groups", "call_queues", "caller_list_entries", "queue_calls",
        "sms_messages", "sms_message_parts", "sms_opt_outs",
        "webhook_secrets", "webhook_idempotency", "webhook_seen_signatures", "callback_tokens_used",
        "event_subscriptions", "outbox_events", "event_deliveries", "event_delivery_log",
        "subscriber_groups", "contacts", "info_databases", "info_records", "do_not_call",
        "campaigns", "campaign_contacts", "campaign_attempts",
        "tariffs", "tariff_rates", "click_to_call_campaigns", "callback_requests", "callback_legs", "callback_comments",
        "users", "api_keys", "billing_accounts", "ledger_entries"];

    protected TestDatabase Database { get; private set; } = null!;

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();

    [ContractFact]
    public async Task Migrate_FreshDatabase_CreatesTablesAndDefaultCompany()
    {
        await using (var services = Database.BuildServices()) await FlowBuilderDatabase.MigrateAsync(services);

        var tables = await Database.TablesAsync();
        tables.ShouldBeSubsetOf(Tables.Append("__EFMigrationsHistory").Append("__EFMigrationsLock"));
        Tables.ShouldBeSubsetOf(tables);
        (await Database.ScalarAsync("SELECT name FROM companies WHERE company_id = 'default'")).ShouldBe("Default company");
        Convert.ToInt64(await Database.ScalarAsync("SELECT COUNT(*) FROM companies")).ShouldBe(1);
    }

    [ContractFact]
    public async Task Migrate_Twice_IsNoOpAndKeepsData()
    {
        await using (var first = Database.BuildServices())
        {
            await FlowBuilderDatabase.MigrateAsync(first);
            await first.GetRequiredService<IFlowRepository>().CreateAsync("default", TestFlows.Flow("welcome"), CancellationToken.None);
        }

        await using var second = Database.BuildServices();
        await FlowBuilderDatabase.MigrateAsync(second);
        await FlowBuilderDatabase.MigrateAsync(second);

        await using var context = await second.GetRequiredService<IDbContextFactory<FlowBuilderDbContext>>().CreateDbContextAsync();
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(["20261122000001_Initial", "20261122000002_CallRecords", "20261206000001_CallCentre", "20261206100001_Webhooks", "20261206100002_Notifications", "20261206100003_Messaging", "20261206200001_Contacts", "20261206200002_Campaigns", "20261206300001_ClickToCall", "20261206400001_Accounts"]);
        (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        Convert.ToInt64(await Database.ScalarAsync("SELECT COUNT(*) FROM companies")).ShouldBe(1);
        (await second.GetRequiredService<IFlowRepository>().GetAsync("default", "welcome", CancellationToken.None)).ShouldNotBeNull();
    }

    [ContractFact]
    public async Task Schema_EveryTable_HasCompanyIdColumn()
    {
        await using (var services = Database.BuildServices()) await FlowBuilderDatabase.MigrateAsync(services);

        var tables = (await Database.TablesAsync()).Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).ToList();

        tables.Count.ShouldBe(Tables.Length);
        foreach (var table in tables) (await Database.ColumnsAsync(table)).ShouldContain("company_id", $"table {table}");
    }

    [ContractFact]
    public async Task Schema_AfterMigrate_MatchesModelColumnsNullabilityAndIndexes()
    {
        await using var services = Database.BuildServices();
        await FlowBuilderDatabase.MigrateAsync(services);
        await using var context = await services.GetRequiredService<IDbContextFactory<FlowBuilderDbContext>>().CreateDbContextAsync();
        var indexes = await Database.IndexesAsync();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await Database.ColumnsAsync(table);
            var store = StoreObjectIdentifier.Table(table);
            var mapped = entity.GetProperties().Select(p => p.GetColumnName(store)!).ToList();
            columns.Order().ShouldBe(mapped.Order(), $"columns of {table}");
            var nullable = entity.GetProperties().Where(p => p.IsColumnNullable(store)).Select(p => p.GetColumnName(store)!);
            (await Database.NullableColumnsAsync(table)).Order().ShouldBe(nullable.Order(), $"nullable columns of {table}");
            foreach (var index in entity.GetIndexes()) indexes.ShouldContain(index.GetDatabaseName()!);
        }
        indexes.ShouldContain("ix_instances_bookmark_name_bookmark_correlation_key");
    }
}
