using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Contacts;

internal sealed class SubscriberGroupRowConfiguration : IEntityTypeConfiguration<SubscriberGroupRow>
{
    public void Configure(EntityTypeBuilder<SubscriberGroupRow> entity)
    {
        entity.ToTable("subscriber_groups");
        entity.HasKey(g => g.Id).HasName("pk_subscriber_groups");
        entity.Property(g => g.Id).HasColumnName("id");
        entity.Property(g => g.CompanyId).HasColumnName("company_id");
        entity.Property(g => g.Name).HasColumnName("name");
        entity.Property(g => g.Description).HasColumnName("description");
        entity.Property(g => g.FieldsJson).HasColumnName("fields_json");
        entity.Property(g => g.DefaultCountry).HasColumnName("default_country");
        entity.Property(g => g.DefaultTimeZone).HasColumnName("default_time_zone");
        entity.Property(g => g.CreatedAt).HasColumnName("created_at");
        entity.HasIndex(g => g.CompanyId).HasDatabaseName("ix_subscriber_groups_company_id");
    }
}
