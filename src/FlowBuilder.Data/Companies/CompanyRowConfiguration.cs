using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Companies;

internal sealed class CompanyRowConfiguration : IEntityTypeConfiguration<CompanyRow>
{
    public void Configure(EntityTypeBuilder<CompanyRow> entity)
    {
        entity.ToTable("companies");
        entity.HasKey(c => c.CompanyId).HasName("pk_companies");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.Name).HasColumnName("name");
        entity.Property(c => c.Email).HasColumnName("email");
        entity.Property(c => c.TariffId).HasColumnName("tariff_id");
        entity.Property(c => c.TimeZone).HasColumnName("time_zone");
        entity.Property(c => c.AddressJson).HasColumnName("address_json");
        entity.Property(c => c.TaxId).HasColumnName("tax_id");
        entity.Property(c => c.CreatedAt).HasColumnName("created_at");
        entity.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
