using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Contacts;

internal sealed class InfoRecordRowConfiguration : IEntityTypeConfiguration<InfoRecordRow>
{
    public void Configure(EntityTypeBuilder<InfoRecordRow> entity)
    {
        entity.ToTable("info_records");
        entity.HasKey(r => new { r.DatabaseId, r.Key }).HasName("pk_info_records");
        entity.Property(r => r.DatabaseId).HasColumnName("database_id");
        entity.Property(r => r.Key).HasColumnName("key");
        entity.Property(r => r.CompanyId).HasColumnName("company_id");
        entity.Property(r => r.DataJson).HasColumnName("data_json");
        entity.HasIndex(r => new { r.CompanyId, r.Key }).HasDatabaseName("ix_info_records_company_id_key");
    }
}
