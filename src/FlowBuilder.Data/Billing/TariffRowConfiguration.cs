using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Billing;

internal sealed class TariffRowConfiguration : IEntityTypeConfiguration<TariffRow>
{
    public void Configure(EntityTypeBuilder<TariffRow> entity)
    {
        entity.ToTable("tariffs");
        entity.HasKey(t => new { t.CompanyId, t.TariffId }).HasName("pk_tariffs");
        entity.Property(t => t.CompanyId).HasColumnName("company_id");
        entity.Property(t => t.TariffId).HasColumnName("tariff_id");
        entity.Property(t => t.Name).HasColumnName("name");
        entity.Property(t => t.Currency).HasColumnName("currency");
        entity.Property(t => t.UpdatedAt).HasColumnName("updated_at");
        entity.Property(t => t.MetricPricesJson).HasColumnName("metric_prices_json");
        entity.Property(t => t.MinimumPayment).HasColumnName("minimum_payment").HasPrecision(18, 6);
    }
}
