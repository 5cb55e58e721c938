using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Accounts and billing: users, API keys, billing accounts and their ledger entries, metric prices and the minimum
/// payment of tariffs, and an index on <c>call_records.ended_at</c> for finding unrated calls. Hand-written and
/// provider-neutral like <see cref="Initial"/>; times are UTC ticks; money is numeric(18,6) on PostgreSQL and decimal text on
/// SQLite (quantities and unit prices numeric(28,12)).</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206400001_Accounts")]
internal sealed class AccountsTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateAccounts(migrationBuilder);
        CreateLedger(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "metric_prices_json", table: "tariffs", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<decimal>(name: "minimum_payment", table: "tariffs", nullable: false, defaultValue: 0m, precision: 18, scale: 6);
        migrationBuilder.CreateIndex("ix_call_records_ended_at", "call_records", "ended_at");
    }

    private static void CreateAccounts(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                user_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                email = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                role = table.Column<string>(nullable: false),
                password_hash = table.Column<string>(nullable: false),
                is_system_administrator = table.Column<bool>(nullable: false),
                disabled = table.Column<bool>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                last_sign_in_at = table.Column<long>(nullable: true),
                security_stamp = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.user_id));
        migrationBuilder.CreateIndex("ux_users_email", "users", "email", unique: true);
        migrationBuilder.CreateIndex("ix_users_company_id_email", "users", ["company_id", "email"]);

        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                key_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                role = table.Column<string>(nullable: false),
                secret_hash = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                created_by = table.Column<string>(nullable: true),
                is_system_administrator = table.Column<bool>(nullable: false),
                expires_at = table.Column<long>(nullable: true),
                revoked_at = table.Column<long>(nullable: true),
                last_used_at = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_api_keys", x => x.key_id));
        migrationBuilder.CreateIndex("ix_api_keys_company_id_created_at", "api_keys", ["company_id", "created_at"]);
    }

    private static void CreateLedger(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "billing_accounts",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                currency = table.Column<string>(nullable: false),
                balance = table.Column<decimal>(nullable: false, precision: 18, scale: 6),
                credit_limit = table.Column<decimal>(nullable: true, precision: 18, scale: 6),
                payer_json = table.Column<string>(nullable: true),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_billing_accounts", x => x.company_id));

        migrationBuilder.CreateTable(
            name: "ledger_entries",
            columns: table => new
            {
                entry_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                source_kind = table.Column<string>(nullable: false),
                source_id = table.Column<string>(nullable: false),
                amount = table.Column<decimal>(nullable: false, precision: 18, scale: 6),
                currency = table.Column<string>(nullable: false),
                item = table.Column<string>(nullable: false),
                quantity = table.Column<decimal>(nullable: false, precision: 28, scale: 12),
                unit_price = table.Column<decimal>(nullable: false, precision: 28, scale: 12),
                billed_seconds = table.Column<int>(nullable: false),
                prefix = table.Column<string>(nullable: true),
                description = table.Column<string>(nullable: true),
                occurred_at = table.Column<long>(nullable: false),
                posted_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_ledger_entries", x => x.entry_id));
        migrationBuilder.CreateIndex("ux_ledger_entries_company_id_source_kind_source_id", "ledger_entries", ["company_id", "source_kind", "source_id"], unique: true);
        migrationBuilder.CreateIndex("ix_ledger_entries_company_id_occurred_at", "ledger_entries", ["company_id", "occurred_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_call_records_ended_at", "call_records");
        migrationBuilder.DropColumn("minimum_payment", "tariffs");
        migrationBuilder.DropColumn("metric_prices_json", "tariffs");
        migrationBuilder.DropTable("ledger_entries");
        migrationBuilder.DropTable("billing_accounts");
        migrationBuilder.DropTable("api_keys");
        migrationBuilder.DropTable("users");
    }
}
