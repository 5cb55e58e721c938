using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Call recordings and the call centre: extensions, extension groups, call queues, caller lists and queue calls.
/// Hand-written and provider-neutral like <see cref="Initial"/>; list-valued fields are JSON text.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206000001_CallCentre")]
internal sealed class CallCentreTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "call_recordings",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: true),
                call_id = table.Column<string>(nullable: false),
                other_call_id = table.Column<string>(nullable: true),
                channel = table.Column<string>(nullable: false),
                legs = table.Column<string>(nullable: false),
                file_path = table.Column<string>(nullable: false),
                started_at = table.Column<long>(nullable: false),
                ended_at = table.Column<long>(nullable: false),
                bytes = table.Column<long>(nullable: false),
                flow_id = table.Column<string>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_call_recordings", x => x.id));
        migrationBuilder.CreateIndex("ix_call_recordings_company_id_started_at", "call_recordings", ["company_id", "started_at"]);
        migrationBuilder.CreateIndex("ix_call_recordings_call_id", "call_recordings", "call_id");
        migrationBuilder.CreateIndex("ix_call_recordings_other_call_id", "call_recordings", "other_call_id");
        migrationBuilder.CreateIndex("ix_call_recordings_instance_id", "call_recordings", "instance_id");

        migrationBuilder.CreateTable(
            name: "extensions",
            columns: table => new
            {
                number = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                display_name = table.Column<string>(nullable: false),
                password = table.Column<string>(nullable: false),
                enabled = table.Column<bool>(nullable: false),
                ring_seconds = table.Column<int>(nullable: false),
                forward_always = table.Column<string>(nullable: true),
                forward_on_busy = table.Column<string>(nullable: true),
                forward_on_no_answer = table.Column<string>(nullable: true),
                forward_time_zone = table.Column<string>(nullable: true),
                forward_schedule_json = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_extensions", x => x.number));
        migrationBuilder.CreateIndex("ix_extensions_company_id", "extensions", "company_id");

        migrationBuilder.CreateTable(
            name: "extension_groups",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                members_json = table.Column<string>(nullable: false),
                ring_mode = table.Column<string>(nullable: false),
                ring_seconds = table.Column<int>(nullable: false),
                number = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_extension_groups", x => new { x.company_id, x.name }));
        migrationBuilder.CreateIndex("ix_extension_groups_number", "extension_groups", "number", unique: true);

        migrationBuilder.CreateTable(
            name: "call_queues",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                agents_json = table.Column<string>(nullable: false),
                strategy = table.Column<string>(nullable: false),
                hold_prompt = table.Column<string>(nullable: true),
                hold_music = table.Column<string>(nullable: true),
                announce_every_seconds = table.Column<int>(nullable: false),
                announce_position = table.Column<bool>(nullable: false),
                announce_wait_time = table.Column<bool>(nullable: false),
                max_wait_seconds = table.Column<int>(nullable: false),
                agent_ring_seconds = table.Column<int>(nullable: false),
                wrap_up_seconds = table.Column<int>(nullable: false),
                service_level_seconds = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_call_queues", x => new { x.company_id, x.name }));

        migrationBuilder.CreateTable(
            name: "caller_list_entries",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                number = table.Column<string>(nullable: false),
                kind = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: true),
                note = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_caller_list_entries", x => new { x.company_id, x.number }));
        migrationBuilder.CreateIndex("ix_caller_list_entries_company_id_kind", "caller_list_entries", ["company_id", "kind"]);

        migrationBuilder.CreateTable(
            name: "queue_calls",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                queue = table.Column<string>(nullable: false),
                call_id = table.Column<string>(nullable: false),
                caller = table.Column<string>(nullable: false),
                entered_at = table.Column<long>(nullable: false),
                left_at = table.Column<long>(nullable: false),
                result = table.Column<string>(nullable: false),
                agent_id = table.Column<string>(nullable: true),
                talk_ended_at = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_queue_calls", x => x.id));
        migrationBuilder.CreateIndex("ix_queue_calls_company_id_queue_entered_at", "queue_calls", ["company_id", "queue", "entered_at"]);
        migrationBuilder.CreateIndex("ix_queue_calls_company_id_entered_at", "queue_calls", ["company_id", "entered_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("queue_calls");
        migrationBuilder.DropTable("caller_list_entries");
        migrationBuilder.DropTable("call_queues");
        migrationBuilder.DropTable("extension_groups");
        migrationBuilder.DropTable("extensions");
        migrationBuilder.DropTable("call_recordings");
    }
}
