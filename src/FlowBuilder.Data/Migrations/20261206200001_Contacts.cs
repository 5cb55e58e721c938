using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace FlowBuilder.Data.Migrations;

/// <summary>Campaign contacts: subscriber groups, their contacts (custom fields as JSON text; <c>position</c> is the insertion
/// order: SQLite's rowid, a PostgreSQL identity), information databases and their records, and do-not-call lists.
/// Hand-written and provider-neutral like <see cref="Initial"/>.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206200001_Contacts")]
internal sealed class ContactsTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "subscriber_groups",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                description = table.Column<string>(nullable: true),
                fields_json = table.Column<string>(nullable: false),
                default_country = table.Column<string>(nullable: false),
                default_time_zone = table.Column<string>(nullable: true),
                created_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_subscriber_groups", x => x.id));
        migrationBuilder.CreateIndex("ix_subscriber_groups_company_id", "subscriber_groups", "company_id");

        migrationBuilder.CreateTable(
            name: "contacts",
            columns: table => new
            {
                position = table.Column<long>(nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                group_id = table.Column<string>(nullable: false),
                phone = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: true),
                patronymic = table.Column<string>(nullable: true),
                time_zone = table.Column<string>(nullable: true),
                fields_json = table.Column<string>(nullable: false),
                source_line = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_contacts", x => x.position));
        migrationBuilder.CreateIndex("ux_contacts_id", "contacts", "id", unique: true);
        migrationBuilder.CreateIndex("ux_contacts_group_id_phone", "contacts", ["group_id", "phone"], unique: true);
        migrationBuilder.CreateIndex("ix_contacts_company_id_phone", "contacts", ["company_id", "phone"]);

        migrationBuilder.CreateTable(
            name: "info_databases",
            columns: table => new
            {
                id = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                name = table.Column<string>(nullable: false),
                key_column = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_info_databases", x => x.id));
        migrationBuilder.CreateIndex("ux_info_databases_company_id_name", "info_databases", ["company_id", "name"], unique: true);

        migrationBuilder.CreateTable(
            name: "info_records",
            columns: table => new
            {
                database_id = table.Column<string>(nullable: false),
                key = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                data_json = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_info_records", x => new { x.database_id, x.key }));
        migrationBuilder.CreateIndex("ix_info_records_company_id_key", "info_records", ["company_id", "key"]);

        migrationBuilder.CreateTable(
            name: "do_not_call",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                phone = table.Column<string>(nullable: false),
                added_at = table.Column<long>(nullable: false),
                source = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_do_not_call", x => new { x.company_id, x.phone }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("do_not_call");
        migrationBuilder.DropTable("info_records");
        migrationBuilder.DropTable("info_databases");
        migrationBuilder.DropTable("contacts");
        migrationBuilder.DropTable("subscriber_groups");
    }
}
