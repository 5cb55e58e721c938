using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Click-to-call: company profiles (new columns on <c>companies</c>), tariffs and their rates, click-to-call campaigns,
/// callback requests with their legs and comments. Hand-written and provider-neutral like <see cref="Initial"/>; times are UTC
/// ticks; money is numeric(18,6) on PostgreSQL and decimal text on SQLite.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206300001_ClickToCall")]
internal sealed class ClickToCallTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "email", table: "companies", nullable: true);
        migrationBuilder.AddColumn<string>(name: "tariff_id", table: "companies", nullable: true);
        migrationBuilder.AddColumn<string>(name: "time_zone", table: "companies", nullable: false, defaultValue: "UTC");
        migrationBuilder.AddColumn<string>(name: "address_json", table: "companies", nullable: false, defaultValue: "[]");
        migrationBuilder.AddColumn<string>(name: "tax_id", table: "companies", nullable: true);
        migrationBuilder.AddColumn<long>(name: "updated_at", table: "companies", nullable: true);

        migrationBuilder.CreateTable(
            name: "tariffs",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                tariff_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                currency = table.Column<string>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_tariffs", x => new { x.company_id, x.tariff_id }));

        migrationBuilder.CreateTable(
            name: "tariff_rates",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                tariff_id = table.Column<string>(nullable: false),
                prefix = table.Column<string>(nullable: false),
                destination = table.Column<string>(nullable: false),
                price_per_minute = table.Column<decimal>(nullable: false, precision: 18, scale: 6),
                connection_fee = table.Column<decimal>(nullable: false, precision: 18, scale: 6),
                first_increment = table.Column<int>(nullable: false),
                next_increment = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_tariff_rates", x => new { x.company_id, x.tariff_id, x.prefix }));

        CreateCampaigns(migrationBuilder);
        CreateRequests(migrationBuilder);
    }

    private static void CreateCampaigns(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "click_to_call_campaigns",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                key = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                flow_version = table.Column<int>(nullable: true),
                first_leg = table.Column<string>(nullable: false),
                operators_json = table.Column<string>(nullable: false),
                client_message_json = table.Column<string>(nullable: false),
                company_message_json = table.Column<string>(nullable: false),
                client_retry_json = table.Column<string>(nullable: false),
                reminder_after_seconds = table.Column<double>(nullable: true),
                hours_json = table.Column<string>(nullable: false),
                price = table.Column<decimal>(nullable: false, precision: 18, scale: 6),
                currency = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                description = table.Column<string>(nullable: true),
                client_caller_id = table.Column<string>(nullable: true),
                company_caller_id = table.Column<string>(nullable: true),
                trunk = table.Column<string>(nullable: true),
                ring_seconds = table.Column<int>(nullable: false),
                default_country = table.Column<string>(nullable: false),
                allowed_origins_json = table.Column<string>(nullable: false),
                consent_text = table.Column<string>(nullable: false),
                reminder_email = table.Column<string>(nullable: true),
                comment_types_json = table.Column<string>(nullable: false),
                widget_title = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_click_to_call_campaigns", x => x.id));
        migrationBuilder.CreateIndex("ux_click_to_call_campaigns_key", "click_to_call_campaigns", "key", unique: true);
        migrationBuilder.CreateIndex("ix_click_to_call_campaigns_company_id_created_at", "click_to_call_campaigns", ["company_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_click_to_call_campaigns_status", "click_to_call_campaigns", "status");
    }

    private static void CreateRequests(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "callback_requests",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                campaign_id = table.Column<string>(nullable: false),
                client_phone = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                attempts = table.Column<int>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                next_attempt_at = table.Column<long>(nullable: false),
                consent_text = table.Column<string>(nullable: false),
                consent_given_at = table.Column<long>(nullable: false),
                consent_source_address = table.Column<string>(nullable: false),
                consent_page_url = table.Column<string>(nullable: true),
                consent_user_agent = table.Column<string>(nullable: true),
                direction_country = table.Column<string>(nullable: false),
                direction_country_name = table.Column<string>(nullable: false),
                direction_region = table.Column<string>(nullable: true),
                direction_carrier = table.Column<string>(nullable: true),
                direction_mobile = table.Column<bool>(nullable: false),
                first_leg = table.Column<string>(nullable: false),
                callback_operator = table.Column<string>(nullable: true),
                source = table.Column<string>(nullable: false),
                destination = table.Column<string>(nullable: true),
                reason = table.Column<string>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
                claimed_by = table.Column<string>(nullable: true),
                claimed_until = table.Column<long>(nullable: true),
                first_called_at = table.Column<long>(nullable: true),
                completed_at = table.Column<long>(nullable: true),
                talk_seconds = table.Column<double>(nullable: false),
                price = table.Column<decimal>(nullable: true, precision: 18, scale: 6),
                currency = table.Column<string>(nullable: true),
                remind_at = table.Column<long>(nullable: true),
                reminded_at = table.Column<long>(nullable: true),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_callback_requests", x => x.id));
        migrationBuilder.CreateIndex("ix_callback_requests_status_next_attempt_at", "callback_requests", ["status", "next_attempt_at"]);
        migrationBuilder.CreateIndex("ix_callback_requests_status_claimed_until", "callback_requests", ["status", "claimed_until"]);
        migrationBuilder.CreateIndex("ix_callback_requests_company_id_created_at", "callback_requests", ["company_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_callback_requests_company_id_client_phone", "callback_requests", ["company_id", "client_phone"]);
        migrationBuilder.CreateIndex("ix_callback_requests_campaign_id_created_at", "callback_requests", ["campaign_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_callback_requests_remind_at_unsent", "callback_requests", "remind_at", filter: "reminded_at IS NULL");

        migrationBuilder.CreateTable(
            name: "callback_legs",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                request_id = table.Column<string>(nullable: false),
                attempt = table.Column<int>(nullable: false),
                side = table.Column<string>(nullable: false),
                call_id = table.Column<string>(nullable: true),
                number = table.Column<string>(nullable: false),
                outcome = table.Column<string>(nullable: false),
                started_at = table.Column<long>(nullable: false),
                answered_at = table.Column<long>(nullable: true),
                ended_at = table.Column<long>(nullable: true),
                sip_status = table.Column<int>(nullable: true),
                answered_by = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_callback_legs", x => new { x.request_id, x.attempt, x.side }));
        migrationBuilder.CreateIndex("ix_callback_legs_call_id", "callback_legs", "call_id");

        migrationBuilder.CreateTable(
            name: "callback_comments",
            columns: table => new
            {
                comment_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                request_id = table.Column<string>(nullable: false),
                type = table.Column<string>(nullable: false),
                text = table.Column<string>(nullable: false),
                fields_json = table.Column<string>(nullable: false),
                author = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_callback_comments", x => x.comment_id));
        migrationBuilder.CreateIndex("ix_callback_comments_request_id_created_at", "callback_comments", ["request_id", "created_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("callback_comments");
        migrationBuilder.DropTable("callback_legs");
        migrationBuilder.DropTable("callback_requests");
        migrationBuilder.DropTable("click_to_call_campaigns");
        migrationBuilder.DropTable("tariff_rates");
        migrationBuilder.DropTable("tariffs");
        migrationBuilder.DropColumn("updated_at", "companies");
        migrationBuilder.DropColumn("tax_id", "companies");
        migrationBuilder.DropColumn("address_json", "companies");
        migrationBuilder.DropColumn("time_zone", "companies");
        migrationBuilder.DropColumn("tariff_id", "companies");
        migrationBuilder.DropColumn("email", "companies");
    }
}
