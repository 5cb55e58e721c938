using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Event notifications: subscriptions, the outbox of events, one delivery per event and subscriber, and
/// the delivery log. Hand-written and provider-neutral like <see cref="Initial"/>; times are UTC ticks.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206100002_Notifications")]
internal sealed class NotificationTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "event_subscriptions",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                url = table.Column<string>(nullable: false),
                events = table.Column<string>(nullable: false),
                description = table.Column<string>(nullable: true),
                active = table.Column<bool>(nullable: false),
                secret = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_event_subscriptions", x => x.id));
        migrationBuilder.CreateIndex("ix_event_subscriptions_company_id_active", "event_subscriptions", ["company_id", "active"]);

        migrationBuilder.CreateTable(
            name: "outbox_events",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                type = table.Column<string>(nullable: false),
                occurred_at = table.Column<long>(nullable: false),
                payload = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_outbox_events", x => x.id));

        migrationBuilder.CreateTable(
            name: "event_deliveries",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                event_id = table.Column<string>(nullable: false),
                event_type = table.Column<string>(nullable: false),
                subscription_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<long>(nullable: false),
                claimed_by = table.Column<string>(nullable: true),
                lease_until = table.Column<long>(nullable: true),
                last_status_code = table.Column<int>(nullable: true),
                last_error = table.Column<string>(nullable: true),
                created_at = table.Column<long>(nullable: false),
                delivered_at = table.Column<long>(nullable: true),
                log_count = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_event_deliveries", x => x.id));
        migrationBuilder.CreateIndex("ix_event_deliveries_status_next_attempt_at", "event_deliveries", ["status", "next_attempt_at"]);
        migrationBuilder.CreateIndex("ix_event_deliveries_subscription_id_created_at", "event_deliveries", ["subscription_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_event_deliveries_company_id_status_created_at", "event_deliveries", ["company_id", "status", "created_at"]);

        migrationBuilder.CreateTable(
            name: "event_delivery_log",
            columns: table => new
            {
                delivery_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                sequence = table.Column<int>(nullable: false),
                kind = table.Column<string>(nullable: false),
                attempt = table.Column<int>(nullable: false),
                at = table.Column<long>(nullable: false),
                status_code = table.Column<int>(nullable: true),
                error = table.Column<string>(nullable: true),
                duration_ms = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_event_delivery_log", x => new { x.delivery_id, x.sequence }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("event_delivery_log");
        migrationBuilder.DropTable("event_deliveries");
        migrationBuilder.DropTable("outbox_events");
        migrationBuilder.DropTable("event_subscriptions");
    }
}
