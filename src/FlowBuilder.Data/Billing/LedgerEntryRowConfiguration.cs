using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Billing;

internal sealed class LedgerEntryRowConfiguration : IEntityTypeConfiguration<LedgerEntryRow>
{
    public void Configure(EntityTypeBuilder<LedgerEntryRow> entity)
    {
        entity.ToTable("ledger_entries");
        entity.HasKey(e => e.EntryId).HasName("pk_ledger_entries");
        entity.Property(e => e.EntryId).HasColumnName("entry_id");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>();
        entity.Property(e => e.SourceKind).HasColumnName("source_kind");
        entity.Property(e => e.SourceId).HasColumnName("source_id");
        entity.Property(e => e.Amount).HasColumnName("amount").HasPrecision(18, 6);
        entity.Property(e => e.Currency).HasColumnName("currency");
        entity.Property(e => e.Item).HasColumnName("item");
        entity.Property(e => e.Quantity).HasColumnName("quantity").HasPrecision(28, 12);
        entity.Property(e => e.UnitPrice).HasColumnName("unit_price").HasPrecision(28, 12);
        entity.Property(e => e.BilledSeconds).HasColumnName("billed_seconds");
        entity.Property(e => e.Prefix).HasColumnName("prefix");
        entity.Property(e => e.Description).HasColumnName("description");
        entity.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        entity.Property(e => e.PostedAt).HasColumnName("posted_at");
        entity.HasIndex(e => new { e.CompanyId, e.SourceKind, e.SourceId }).IsUnique().HasDatabaseName("ux_ledger_entries_company_id_source_kind_source_id");
        entity.HasIndex(e => new { e.CompanyId, e.OccurredAt }).HasDatabaseName("ix_ledger_entries_company_id_occurred_at");
    }
}
