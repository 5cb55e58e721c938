using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Contacts;

internal sealed class ContactRowConfiguration : IEntityTypeConfiguration<ContactRow>
{
    public void Configure(EntityTypeBuilder<ContactRow> entity)
    {
        entity.ToTable("contacts");
        entity.HasKey(c => c.Position).HasName("pk_contacts");
        entity.Property(c => c.Position).HasColumnName("position").ValueGeneratedOnAdd();
        entity.Property(c => c.Id).HasColumnName("id").IsRequired();
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.GroupId).HasColumnName("group_id");
        entity.Property(c => c.Phone).HasColumnName("phone");
        entity.Property(c => c.Name).HasColumnName("name");
        entity.Property(c => c.Patronymic).HasColumnName("patronymic");
        entity.Property(c => c.TimeZone).HasColumnName("time_zone");
        entity.Property(c => c.FieldsJson).HasColumnName("fields_json");
        entity.Property(c => c.SourceLine).HasColumnName("source_line");
        entity.HasIndex(c => c.Id).IsUnique().HasDatabaseName("ux_contacts_id");
        entity.HasIndex(c => new { c.GroupId, c.Phone }).IsUnique().HasDatabaseName("ux_contacts_group_id_phone");
        entity.HasIndex(c => new { c.CompanyId, c.Phone }).HasDatabaseName("ix_contacts_company_id_phone");
    }
}
