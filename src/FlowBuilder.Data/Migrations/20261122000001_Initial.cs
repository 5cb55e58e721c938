using FlowBuilder.Data.Companies;
using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>
/// The first schema. Written by hand and provider-neutral: column types come from the CLR types
/// (SQLite TEXT/INTEGER/REAL, PostgreSQL text/bigint/integer/double precision/boolean), so the same
/// migration runs on both. Times are UTC ticks (see <see cref="UtcTicksConverter"/>).
/// </summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261122000001_Initial")]
internal sealed class Initial : Migration
{
    /// <summary>2026-11-22T00:00:00Z, when the default company is said to be created.</summary>
    private const long SeedCreatedAt = 639_309_024_000_000_000;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "companies",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_companies", x => x.company_id));

        migrationBuilder.CreateTable(
            name: "flows",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                status = table.Column<string>(nullable: false),
                draft_json = table.Column<string>(nullable: false),
                revision = table.Column<long>(nullable: false),
                latest_version = table.Column<int>(nullable: true),
                published_version = table.Column<int>(nullable: true),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_flows", x => new { x.company_id, x.id }));

        migrationBuilder.CreateTable(
            name: "flow_versions",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                version = table.Column<int>(nullable: false),
                definition_json = table.Column<string>(nullable: false),
                note = table.Column<string>(nullable: true),
                published_at = table.Column<long>(nullable: false),
                retracted = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_flow_versions", x => new { x.company_id, x.flow_id, x.version });
                table.ForeignKey(
                    name: "fk_flow_versions_flows",
                    columns: x => new { x.company_id, x.flow_id },
                    principalTable: "flows",
                    principalColumns: ["company_id", "id"],
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "trigger_bindings",
            columns: table => new
            {
                type = table.Column<string>(nullable: false),
                key = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                version = table.Column<int>(nullable: false),
                synchronous = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_trigger_bindings", x => new { x.type, x.key }));

        CreateInstances(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "journal",
            columns: table => new
            {
                instance_id = table.Column<string>(nullable: false),
                sequence = table.Column<long>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                node_id = table.Column<string>(nullable: false),
                activity_type = table.Column<string>(nullable: false),
                outcome = table.Column<string>(nullable: false),
                started_at = table.Column<long>(nullable: false),
                duration_ms = table.Column<double>(nullable: false),
                inputs = table.Column<string>(nullable: true),
                outputs = table.Column<string>(nullable: true),
                error = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_journal", x => new { x.instance_id, x.sequence }));

        migrationBuilder.CreateTable(
            name: "incidents",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                instance_id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                flow_version = table.Column<int>(nullable: false),
                node_id = table.Column<string>(nullable: true),
                kind = table.Column<string>(nullable: false),
                message = table.Column<string>(nullable: false),
                occurred_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_incidents", x => x.id));

        migrationBuilder.CreateIndex("ix_trigger_bindings_company_id_flow_id", "trigger_bindings", ["company_id", "flow_id"]);
        migrationBuilder.CreateIndex("ix_instances_company_id_created_at", "instances", ["company_id", "created_at"]);
        migrationBuilder.CreateIndex("ix_instances_company_id_flow_id", "instances", ["company_id", "flow_id"]);
        migrationBuilder.CreateIndex("ix_instances_status", "instances", "status");
        migrationBuilder.CreateIndex("ix_instances_bookmark_name_bookmark_correlation_key", "instances", ["bookmark_name", "bookmark_correlation_key"], filter: "bookmark_name IS NOT NULL");
        migrationBuilder.CreateIndex("ix_incidents_instance_id", "incidents", "instance_id");
        migrationBuilder.CreateIndex("ix_incidents_company_id_occurred_at", "incidents", ["company_id", "occurred_at"]);

        // Plain SQL: InsertData without a model snapshot would need provider-specific column types.
        migrationBuilder.Sql($"INSERT INTO companies (company_id, name, created_at) VALUES ('{CompanyRow.DefaultId}', 'Default company', {SeedCreatedAt})");
    }

    private static void CreateInstances(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "instances",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                flow_version = table.Column<int>(nullable: false),
                status = table.Column<string>(nullable: false),
                revision = table.Column<long>(nullable: false),
                current_node_id = table.Column<string>(nullable: true),
                variables_json = table.Column<string>(nullable: false),
                input_json = table.Column<string>(nullable: false),
                trigger_json = table.Column<string>(nullable: true),
                outputs_json = table.Column<string>(nullable: false),
                pending_stimuli_json = table.Column<string>(nullable: true),
                result_json = table.Column<string>(nullable: true),
                fault_message = table.Column<string>(nullable: true),
                fault_node_id = table.Column<string>(nullable: true),
                parent_instance_id = table.Column<string>(nullable: true),
                correlation_id = table.Column<string>(nullable: true),
                step_count = table.Column<int>(nullable: false),
                journal_sequence = table.Column<long>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                updated_at = table.Column<long>(nullable: false),
                finished_at = table.Column<long>(nullable: true),
                bookmark_id = table.Column<string>(nullable: true),
                bookmark_node_id = table.Column<string>(nullable: true),
                bookmark_name = table.Column<string>(nullable: true),
                bookmark_correlation_key = table.Column<string>(nullable: true),
                bookmark_resume_at = table.Column<long>(nullable: true),
                bookmark_state_json = table.Column<string>(nullable: true),
                bookmark_created_at = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_instances", x => x.id));

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("incidents");
        migrationBuilder.DropTable("journal");
        migrationBuilder.DropTable("instances");
        migrationBuilder.DropTable("trigger_bindings");
        migrationBuilder.DropTable("flow_versions");
        migrationBuilder.DropTable("flows");
        migrationBuilder.DropTable("companies");
    }
}
