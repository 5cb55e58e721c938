using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Billing;

internal sealed class TariffRateRowConfiguration : IEntityTypeConfiguration<TariffRateRow>
{
    public void Configure(EntityTypeBuilder<TariffRateRow> entity)
    {
        entity.ToTable("tariff_rates");
        entity.HasKey(r => new { r.CompanyId, r.TariffId, r.Prefix }).HasName("pk_tariff_rates");
        entity.Property(r => r.CompanyId).HasColumnName("company_id");
        entity.Property(r => r.TariffId).HasColumnName("tariff_id");
        entity.Property(r => r.Prefix).HasColumnName("prefix");
        entity.Property(r => r.Destination).HasColumnName("destination");
        entity.Property(r => r.PricePerMinute).HasColumnName("price_per_minute").HasPrecision(18, 6);
        entity.Property(r => r.ConnectionFee).HasColumnName("connection_fee").HasPrecision(18, 6);
        entity.Property(r => r.FirstIncrement).HasColumnName("first_increment");
        entity.Property(r => r.NextIncrement).HasColumnName("next_increment");
    }
}
