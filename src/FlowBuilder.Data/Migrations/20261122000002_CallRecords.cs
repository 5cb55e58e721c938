using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Call-detail records, one row per call leg. Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261122000002_CallRecords")]
internal sealed class CallRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "call_records",
            columns: table => new
            {
                call_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: true),
                channel = table.Column<string>(nullable: false),
                direction = table.Column<string>(nullable: false),
                from_number = table.Column<string>(nullable: false),
                to_number = table.Column<string>(nullable: false),
                started_at = table.Column<long>(nullable: false),
                answered_at = table.Column<long>(nullable: true),
                ended_at = table.Column<long>(nullable: false),
                disposition = table.Column<string>(nullable: false),
                hangup_cause = table.Column<string>(nullable: false),
                sip_status = table.Column<int>(nullable: true),
                flow_id = table.Column<string>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
                trunk = table.Column<string>(nullable: true),
                billable_seconds = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_call_records", x => x.call_id));
        migrationBuilder.CreateIndex("ix_call_records_company_id_started_at", "call_records", ["company_id", "started_at"]);
        migrationBuilder.CreateIndex("ix_call_records_instance_id", "call_records", "instance_id");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("call_records");
}
