using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Webhooks;

internal sealed class SeenSignatureRowConfiguration : IEntityTypeConfiguration<SeenSignatureRow>
{
    public void Configure(EntityTypeBuilder<SeenSignatureRow> entity)
    {
        entity.ToTable("webhook_seen_signatures");
        entity.HasKey(e => e.SignatureHash).HasName("pk_webhook_seen_signatures");
        entity.Property(e => e.SignatureHash).HasColumnName("signature_hash");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.ExpiresAt).HasColumnName("expires_at");
        entity.HasIndex(e => e.ExpiresAt).HasDatabaseName("ix_webhook_seen_signatures_expires_at");
    }
}
