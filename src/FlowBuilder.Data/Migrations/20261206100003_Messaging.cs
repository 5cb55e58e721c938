using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>SMS: messages (parts and status history as JSON text), the part-id lookup receipts use, and opt-out lists.
/// Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206100003_Messaging")]
internal sealed class MessagingTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "sms_messages",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                direction = table.Column<string>(nullable: false),
                from_number = table.Column<string>(nullable: false),
                to_number = table.Column<string>(nullable: false),
                text = table.Column<string>(nullable: false),
                encoding = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                parts_json = table.Column<string>(nullable: false),
                error = table.Column<string>(nullable: true),
                attempts = table.Column<int>(nullable: false),
                next_attempt_at = table.Column<long>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
                node_id = table.Column<string>(nullable: true),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
                history_json = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_sms_messages", x => x.id));
        migrationBuilder.CreateIndex("ix_sms_messages_company_id_created_at", "sms_messages", ["company_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_sms_messages_status_next_attempt_at", "sms_messages", ["status", "next_attempt_at"]);
        migrationBuilder.CreateIndex("ix_sms_messages_to_number_created_at", "sms_messages", ["to_number", "created_at"]);

        migrationBuilder.CreateTable(
            name: "sms_message_parts",
            columns: table => new
            {
                network_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                message_id = table.Column<string>(nullable: false),
                part_index = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_sms_message_parts", x => new { x.network_id, x.message_id }));
        migrationBuilder.CreateIndex("ix_sms_message_parts_message_id", "sms_message_parts", "message_id");

        migrationBuilder.CreateTable(
            name: "sms_opt_outs",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                number = table.Column<string>(nullable: false),
                opted_out_at = table.Column<long>(nullable: false),
                source = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_sms_opt_outs", x => new { x.company_id, x.number }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("sms_opt_outs");
        migrationBuilder.DropTable("sms_message_parts");
        migrationBuilder.DropTable("sms_messages");
    }
}
