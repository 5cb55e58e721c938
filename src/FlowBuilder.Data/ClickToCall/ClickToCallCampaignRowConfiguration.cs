using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.ClickToCall;

internal sealed class ClickToCallCampaignRowConfiguration : IEntityTypeConfiguration<ClickToCallCampaignRow>
{
    public void Configure(EntityTypeBuilder<ClickToCallCampaignRow> entity)
    {
        entity.ToTable("click_to_call_campaigns");
        entity.HasKey(c => c.Id).HasName("pk_click_to_call_campaigns");
        entity.Property(c => c.Id).HasColumnName("id");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.Name).HasColumnName("name");
        entity.Property(c => c.Key).HasColumnName("key");
        entity.Property(c => c.FlowId).HasColumnName("flow_id");
        entity.Property(c => c.FlowVersion).HasColumnName("flow_version");
        entity.Property(c => c.FirstLeg).HasColumnName("first_leg").HasConversion<string>();
        entity.Property(c => c.OperatorsJson).HasColumnName("operators_json");
        entity.Property(c => c.ClientMessageJson).HasColumnName("client_message_json");
        entity.Property(c => c.CompanyMessageJson).HasColumnName("company_message_json");
        entity.Property(c => c.ClientRetryJson).HasColumnName("client_retry_json");
        entity.Property(c => c.ReminderAfterSeconds).HasColumnName("reminder_after_seconds");
        entity.Property(c => c.HoursJson).HasColumnName("hours_json");
        entity.Property(c => c.Price).HasColumnName("price").HasPrecision(18, 6);
        entity.Property(c => c.Currency).HasColumnName("currency");
        entity.Property(c => c.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(c => c.Description).HasColumnName("description");
        entity.Property(c => c.ClientCallerId).HasColumnName("client_caller_id");
        entity.Property(c => c.CompanyCallerId).HasColumnName("company_caller_id");
        entity.Property(c => c.Trunk).HasColumnName("trunk");
        entity.Property(c => c.RingSeconds).HasColumnName("ring_seconds");
        entity.Property(c => c.DefaultCountry).HasColumnName("default_country");
        entity.Property(c => c.AllowedOriginsJson).HasColumnName("allowed_origins_json");
        entity.Property(c => c.ConsentText).HasColumnName("consent_text");
        entity.Property(c => c.ReminderEmail).HasColumnName("reminder_email");
        entity.Property(c => c.CommentTypesJson).HasColumnName("comment_types_json");
        entity.Property(c => c.WidgetTitle).HasColumnName("widget_title");
        entity.Property(c => c.CreatedAt).HasColumnName("created_at");
        entity.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        entity.HasIndex(c => c.Key).IsUnique().HasDatabaseName("ux_click_to_call_campaigns_key");
        entity.HasIndex(c => new { c.CompanyId, c.CreatedAt }).HasDatabaseName("ix_click_to_call_campaigns_company_id_created_at");
        entity.HasIndex(c => c.Status).HasDatabaseName("ix_click_to_call_campaigns_status");
    }
}
