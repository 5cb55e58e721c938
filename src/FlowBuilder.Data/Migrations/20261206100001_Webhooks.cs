using FlowBuilder.Data.Context;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowBuilder.Data.Migrations;

/// <summary>Webhook hardening: per-flow secrets, idempotency keys, seen signatures (replay protection) and used
/// Wait for Callback tokens. Hand-written and provider-neutral like <see cref="Initial"/>; times are UTC ticks.</summary>
[DbContext(typeof(FlowBuilderDbContext))]
[Migration("20261206100001_Webhooks")]
internal sealed class WebhookTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "webhook_secrets",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                secret = table.Column<string>(nullable: false),
                created_at = table.Column<long>(nullable: false),
                previous_secret = table.Column<string>(nullable: true),
                previous_valid_until = table.Column<long>(nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_webhook_secrets", x => new { x.company_id, x.flow_id }));

        migrationBuilder.CreateTable(
            name: "webhook_idempotency",
            columns: table => new
            {
                company_id = table.Column<string>(nullable: false),
                flow_id = table.Column<string>(nullable: false),
                idempotency_key = table.Column<string>(nullable: false),
                body_hash = table.Column<string>(nullable: false),
                instance_id = table.Column<string>(nullable: true),
                status_code = table.Column<int>(nullable: true),
                content_type = table.Column<string>(nullable: true),
                body = table.Column<byte[]>(nullable: true),
                created_at = table.Column<long>(nullable: false),
                expires_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_webhook_idempotency", x => new { x.company_id, x.flow_id, x.idempotency_key }));
        migrationBuilder.CreateIndex("ix_webhook_idempotency_expires_at", "webhook_idempotency", "expires_at");

        migrationBuilder.CreateTable(
            name: "webhook_seen_signatures",
            columns: table => new
            {
                signature_hash = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: false),
                expires_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_webhook_seen_signatures", x => x.signature_hash));
        migrationBuilder.CreateIndex("ix_webhook_seen_signatures_expires_at", "webhook_seen_signatures", "expires_at");

        migrationBuilder.CreateTable(
            name: "callback_tokens_used",
            columns: table => new
            {
                token_hash = table.Column<string>(nullable: false),
                company_id = table.Column<string>(nullable: true),
                instance_id = table.Column<string>(nullable: true),
                used_at = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_callback_tokens_used", x => x.token_hash));
        migrationBuilder.CreateIndex("ix_callback_tokens_used_used_at", "callback_tokens_used", "used_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("callback_tokens_used");
        migrationBuilder.DropTable("webhook_seen_signatures");
        migrationBuilder.DropTable("webhook_idempotency");
        migrationBuilder.DropTable("webhook_secrets");
    }
}
