using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.CallCentre;

internal sealed class ExtensionGroupRowConfiguration : IEntityTypeConfiguration<ExtensionGroupRow>
{
    public void Configure(EntityTypeBuilder<ExtensionGroupRow> entity)
    {
        entity.ToTable("extension_groups");
        entity.HasKey(g => new { g.CompanyId, g.Name }).HasName("pk_extension_groups");
        entity.Property(g => g.CompanyId).HasColumnName("company_id");
        entity.Property(g => g.Name).HasColumnName("name");
        entity.Property(g => g.MembersJson).HasColumnName("members_json");
        entity.Property(g => g.RingMode).HasColumnName("ring_mode").HasConversion<string>();
        entity.Property(g => g.RingSeconds).HasColumnName("ring_seconds");
        entity.Property(g => g.Number).HasColumnName("number");
        entity.HasIndex(g => g.Number).IsUnique().HasDatabaseName("ix_extension_groups_number");
    }
}
