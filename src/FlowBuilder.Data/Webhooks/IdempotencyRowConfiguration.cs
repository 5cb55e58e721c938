using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Webhooks;

internal sealed class IdempotencyRowConfiguration : IEntityTypeConfiguration<IdempotencyRow>
{
    public void Configure(EntityTypeBuilder<IdempotencyRow> entity)
    {
        entity.ToTable("webhook_idempotency");
        entity.HasKey(e => new { e.CompanyId, e.FlowId, e.Key }).HasName("pk_webhook_idempotency");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.FlowId).HasColumnName("flow_id");
        entity.Property(e => e.Key).HasColumnName("idempotency_key");
        entity.Property(e => e.BodyHash).HasColumnName("body_hash");
        entity.Property(e => e.InstanceId).HasColumnName("instance_id");
        entity.Property(e => e.StatusCode).HasColumnName("status_code");
        entity.Property(e => e.ContentType).HasColumnName("content_type");
        entity.Property(e => e.Body).HasColumnName("body");
        entity.Property(e => e.CreatedAt).HasColumnName("created_at");
        entity.Property(e => e.ExpiresAt).HasColumnName("expires_at");
        entity.HasIndex(e => e.ExpiresAt).HasDatabaseName("ix_webhook_idempotency_expires_at");
    }
}
