using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Notifications;

internal sealed class OutboxEventRowConfiguration : IEntityTypeConfiguration<OutboxEventRow>
{
    public void Configure(EntityTypeBuilder<OutboxEventRow> entity)
    {
        entity.ToTable("outbox_events");
        entity.HasKey(e => e.Id).HasName("pk_outbox_events");
        entity.Property(e => e.Id).HasColumnName("id");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.Type).HasColumnName("type");
        entity.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        entity.Property(e => e.Payload).HasColumnName("payload");
    }
}
