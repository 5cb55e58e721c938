using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Notifications;

internal sealed class DeliveryLogRowConfiguration : IEntityTypeConfiguration<DeliveryLogRow>
{
    public void Configure(EntityTypeBuilder<DeliveryLogRow> entity)
    {
        entity.ToTable("event_delivery_log");
        entity.HasKey(l => new { l.DeliveryId, l.Sequence }).HasName("pk_event_delivery_log");
        entity.Property(l => l.DeliveryId).HasColumnName("delivery_id");
        entity.Property(l => l.CompanyId).HasColumnName("company_id");
        entity.Property(l => l.Sequence).HasColumnName("sequence");
        entity.Property(l => l.Kind).HasColumnName("kind");
        entity.Property(l => l.Attempt).HasColumnName("attempt");
        entity.Property(l => l.At).HasColumnName("at");
        entity.Property(l => l.StatusCode).HasColumnName("status_code");
        entity.Property(l => l.Error).HasColumnName("error");
        entity.Property(l => l.DurationMs).HasColumnName("duration_ms");
    }
}
