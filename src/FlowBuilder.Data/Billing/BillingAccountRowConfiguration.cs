using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Billing;

internal sealed class BillingAccountRowConfiguration : IEntityTypeConfiguration<BillingAccountRow>
{
    public void Configure(EntityTypeBuilder<BillingAccountRow> entity)
    {
        entity.ToTable("billing_accounts");
        entity.HasKey(a => a.CompanyId).HasName("pk_billing_accounts");
        entity.Property(a => a.CompanyId).HasColumnName("company_id");
        entity.Property(a => a.Currency).HasColumnName("currency");
        entity.Property(a => a.Balance).HasColumnName("balance").HasPrecision(18, 6);
        entity.Property(a => a.CreditLimit).HasColumnName("credit_limit").HasPrecision(18, 6);
        entity.Property(a => a.PayerJson).HasColumnName("payer_json");
        entity.Property(a => a.UpdatedAt).HasColumnName("updated_at");
    }
}
