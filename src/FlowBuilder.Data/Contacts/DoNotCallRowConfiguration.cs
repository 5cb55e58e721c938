using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Contacts;

internal sealed class DoNotCallRowConfiguration : IEntityTypeConfiguration<DoNotCallRow>
{
    public void Configure(EntityTypeBuilder<DoNotCallRow> entity)
    {
        entity.ToTable("do_not_call");
        entity.HasKey(d => new { d.CompanyId, d.Phone }).HasName("pk_do_not_call");
        entity.Property(d => d.CompanyId).HasColumnName("company_id");
        entity.Property(d => d.Phone).HasColumnName("phone");
        entity.Property(d => d.AddedAt).HasColumnName("added_at");
        entity.Property(d => d.Source).HasColumnName("source");
    }
}
