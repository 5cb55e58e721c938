using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Accounts;

internal sealed class ApiKeyRowConfiguration : IEntityTypeConfiguration<ApiKeyRow>
{
    public void Configure(EntityTypeBuilder<ApiKeyRow> entity)
    {
        entity.ToTable("api_keys");
        entity.HasKey(k => k.KeyId).HasName("pk_api_keys");
        entity.Property(k => k.KeyId).HasColumnName("key_id");
        entity.Property(k => k.CompanyId).HasColumnName("company_id");
        entity.Property(k => k.Name).HasColumnName("name");
        entity.Property(k => k.Role).HasColumnName("role").HasConversion<string>();
        entity.Property(k => k.SecretHash).HasColumnName("secret_hash");
        entity.Property(k => k.CreatedAt).HasColumnName("created_at");
        entity.Property(k => k.CreatedBy).HasColumnName("created_by");
        entity.Property(k => k.IsSystemAdministrator).HasColumnName("is_system_administrator");
        entity.Property(k => k.ExpiresAt).HasColumnName("expires_at");
        entity.Property(k => k.RevokedAt).HasColumnName("revoked_at");
        entity.Property(k => k.LastUsedAt).HasColumnName("last_used_at");
        entity.HasIndex(k => new { k.CompanyId, k.CreatedAt }).HasDatabaseName("ix_api_keys_company_id_created_at");
    }
}
