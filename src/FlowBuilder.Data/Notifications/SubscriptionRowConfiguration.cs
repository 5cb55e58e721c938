using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Notifications;

internal sealed class SubscriptionRowConfiguration : IEntityTypeConfiguration<SubscriptionRow>
{
    public void Configure(EntityTypeBuilder<SubscriptionRow> entity)
    {
        entity.ToTable("event_subscriptions");
        entity.HasKey(s => s.Id).HasName("pk_event_subscriptions");
        entity.Property(s => s.Id).HasColumnName("id");
        entity.Property(s => s.CompanyId).HasColumnName("company_id");
        entity.Property(s => s.Url).HasColumnName("url");
        entity.Property(s => s.Events).HasColumnName("events");
        entity.Property(s => s.Description).HasColumnName("description");
        entity.Property(s => s.Active).HasColumnName("active");
        entity.Property(s => s.Secret).HasColumnName("secret");
        entity.Property(s => s.CreatedAt).HasColumnName("created_at");
        entity.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        entity.HasIndex(s => new { s.CompanyId, s.Active }).HasDatabaseName("ix_event_subscriptions_company_id_active");
    }
}
