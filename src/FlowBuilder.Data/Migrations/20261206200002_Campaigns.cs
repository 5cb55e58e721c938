using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Campaigns (settings as columns, lists, schedule and retry as JSON text), their work queues and attempts.
/// Hand-written and provider-neutral like <see cref="Initial"/>; times are UTC ticks.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206200002_Campaigns")]
internal sealed class CampaignTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "campaigns",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                description = table.Column<string>(nullable: true),
                flow_id = table.Column<string>(nullable: false),
                flow_version = table.Column<int>(nullable: true),
                group_ids_json = table.Column<string>(nullable: false),
                mode = table.Column<string>(nullable: false),
                schedule_json = table.Column<string>(nullable: false),
                max_concurrent_calls = table.Column<int>(nullable: false),
                caller_id = table.Column<string>(nullable: true),
                trunk = table.Column<string>(nullable: true),
                channel = table.Column<string>(nullable: true),
                ring_seconds = table.Column<int>(nullable: false),
                retry_json = table.Column<string>(nullable: false),
                operators_json = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                abandon_limit = table.Column<double>(nullable: false),
                conversion_results_json = table.Column<string>(nullable: false),
                disposition_codes_json = table.Column<string>(nullable: false),
                wrap_up_seconds = table.Column<int>(nullable: false),
                error = table.Column<string>(nullable: true),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
                started_at = table.Column<long>(nullable: true),
                completed_at = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_campaigns", x => x.id));
        migrationBuilder.CreateIndex("ix_campaigns_company_id_created_at", "campaigns", ["company_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_campaigns_status", "campaigns", "status");

        migrationBuilder.CreateTable(
            name: "campaign_contacts",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                campaign_id = table.Column<string>(nullable: false),
                contact_id = table.Column<string>(nullable: false),
                phone = table.Column<string>(nullable: false),
                time_zone = table.Column<string>(nullable: false),
                state = table.Column<string>(nullable: false),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<long>(nullable: true),
                last_disposition = table.Column<string>(nullable: true),
                result = table.Column<string>(nullable: true),
                converted = table.Column<bool>(nullable: false),
                reason = table.Column<string>(nullable: true),
                claimed_by = table.Column<string>(nullable: true),
                claimed_until = table.Column<long>(nullable: true),
                @operator = table.Column<string>(name: "operator", nullable: true),
                queue_order = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_campaign_contacts", x => new { x.campaign_id, x.contact_id }));
        migrationBuilder.CreateIndex("ix_campaign_contacts_campaign_id_state_due", "campaign_contacts", ["campaign_id", "state", "next_attempt_at", "queue_order"]);
        migrationBuilder.CreateIndex("ix_campaign_contacts_campaign_id_queue_order", "campaign_contacts", ["campaign_id", "queue_order"]);
        migrationBuilder.CreateIndex("ux_campaign_contacts_campaign_id_phone", "campaign_contacts", ["campaign_id", "phone"], unique: true);

        migrationBuilder.CreateTable(
            name: "campaign_attempts",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                campaign_id = table.Column<string>(nullable: false),
                contact_id = table.Column<string>(nullable: false),
                number = table.Column<int>(nullable: false),
                phone = table.Column<string>(nullable: false),
                started_at = table.Column<long>(nullable: false),
                answered_at = table.Column<long>(nullable: true),
                ended_at = table.Column<long>(nullable: true),
                disposition = table.Column<string>(nullable: true),
                sip_status = table.Column<int>(nullable: true),
                talk_seconds = table.Column<double>(nullable: false),
                result = table.Column<string>(nullable: true),
                converted = table.Column<bool>(nullable: false),
                call_id = table.Column<string>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
                @operator = table.Column<string>(name: "operator", nullable: true),
                operator_disposition = table.Column<string>(nullable: true),
                notes = table.Column<string>(nullable: true),
                node = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_campaign_attempts", x => x.id));
        migrationBuilder.CreateIndex("ux_campaign_attempts_campaign_id_contact_id_number", "campaign_attempts", ["campaign_id", "contact_id", "number"], unique: true);
        migrationBuilder.CreateIndex("ix_campaign_attempts_instance_id", "campaign_attempts", "instance_id");
        migrationBuilder.CreateIndex("ix_campaign_attempts_campaign_id_ended_at", "campaign_attempts", ["campaign_id", "ended_at"]);
        migrationBuilder.CreateIndex("ix_campaign_attempts_campaign_id_started_at", "campaign_attempts", ["campaign_id", "started_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("campaign_attempts");
        migrationBuilder.DropTable("campaign_contacts");
        migrationBuilder.DropTable("campaigns");
    }
}
