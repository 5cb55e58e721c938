using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Notifications;

internal sealed class DeliveryRowConfiguration : IEntityTypeConfiguration<DeliveryRow>
{
    public void Configure(EntityTypeBuilder<DeliveryRow> entity)
    {
        entity.ToTable("event_deliveries");
        entity.HasKey(d => d.Id).HasName("pk_event_deliveries");
        entity.Property(d => d.Id).HasColumnName("id");
        entity.Property(d => d.EventId).HasColumnName("event_id");
        entity.Property(d => d.EventType).HasColumnName("event_type");
        entity.Property(d => d.SubscriptionId).HasColumnName("subscription_id");
        entity.Property(d => d.CompanyId).HasColumnName("company_id");
        entity.Property(d => d.Status).HasColumnName("status");
        entity.Property(d => d.Attempts).HasColumnName("attempts");
        entity.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        entity.Property(d => d.ClaimedBy).HasColumnName("claimed_by");
        entity.Property(d => d.LeaseUntil).HasColumnName("lease_until");
        entity.Property(d => d.LastStatusCode).HasColumnName("last_status_code");
        entity.Property(d => d.LastError).HasColumnName("last_error");
        entity.Property(d => d.CreatedAt).HasColumnName("created_at");
        entity.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        entity.Property(d => d.LogCount).HasColumnName("log_count");
        entity.HasIndex(d => new { d.Status, d.NextAttemptAt }).HasDatabaseName("ix_event_deliveries_status_next_attempt_at");
        entity.HasIndex(d => new { d.SubscriptionId, d.CreatedAt }).HasDatabaseName("ix_event_deliveries_subscription_id_created_at");
        entity.HasIndex(d => new { d.CompanyId, d.Status, d.CreatedAt }).HasDatabaseName("ix_event_deliveries_company_id_status_created_at");
    }
}
