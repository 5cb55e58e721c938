using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Contacts;

internal sealed class InfoDatabaseRowConfiguration : IEntityTypeConfiguration<InfoDatabaseRow>
{
    public void Configure(EntityTypeBuilder<InfoDatabaseRow> entity)
    {
        entity.ToTable("info_databases");
        entity.HasKey(d => d.Id).HasName("pk_info_databases");
        entity.Property(d => d.Id).HasColumnName("id");
        entity.Property(d => d.CompanyId).HasColumnName("company_id");
        entity.Property(d => d.Name).HasColumnName("name");
        entity.Property(d => d.KeyColumn).HasColumnName("key_column");
        entity.Property(d => d.CreatedAt).HasColumnName("created_at");
        entity.HasIndex(d => new { d.CompanyId, d.Name }).IsUnique().HasDatabaseName("ux_info_databases_company_id_name");
    }
}
