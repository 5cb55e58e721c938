using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Webhooks;

internal sealed class UsedCallbackTokenRowConfiguration : IEntityTypeConfiguration<UsedCallbackTokenRow>
{
    public void Configure(EntityTypeBuilder<UsedCallbackTokenRow> entity)
    {
        entity.ToTable("callback_tokens_used");
        entity.HasKey(e => e.TokenHash).HasName("pk_callback_tokens_used");
        entity.Property(e => e.TokenHash).HasColumnName("token_hash");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.InstanceId).HasColumnName("instance_id");
        entity.Property(e => e.UsedAt).HasColumnName("used_at");
        entity.HasIndex(e => e.UsedAt).HasDatabaseName("ix_callback_tokens_used_used_at");
    }
}
