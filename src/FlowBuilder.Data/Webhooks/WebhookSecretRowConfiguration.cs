using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Webhooks;

internal sealed class WebhookSecretRowConfiguration : IEntityTypeConfiguration<WebhookSecretRow>
{
    public void Configure(EntityTypeBuilder<WebhookSecretRow> entity)
    {
        entity.ToTable("webhook_secrets");
        entity.HasKey(e => new { e.CompanyId, e.FlowId }).HasName("pk_webhook_secrets");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.FlowId).HasColumnName("flow_id");
        entity.Property(e => e.Secret).HasColumnName("secret");
        entity.Property(e => e.CreatedAt).HasColumnName("created_at");
        entity.Property(e => e.PreviousSecret).HasColumnName("previous_secret");
        entity.Property(e => e.PreviousValidUntil).HasColumnName("previous_valid_until");
    }
}
