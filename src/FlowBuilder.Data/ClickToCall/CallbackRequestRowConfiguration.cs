using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.ClickToCall;

internal sealed class CallbackRequestRowConfiguration : IEntityTypeConfiguration<CallbackRequestRow>
{
    public void Configure(EntityTypeBuilder<CallbackRequestRow> entity)
    {
        entity.ToTable("callback_requests");
        entity.HasKey(r => r.Id).HasName("pk_callback_requests");
        entity.Property(r => r.Id).HasColumnName("id");
        entity.Property(r => r.CompanyId).HasColumnName("company_id");
        entity.Property(r => r.CampaignId).HasColumnName("campaign_id");
        entity.Property(r => r.ClientPhone).HasColumnName("client_phone");
        entity.Property(r => r.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(r => r.Attempts).HasColumnName("attempts");
        entity.Property(r => r.CreatedAt).HasColumnName("created_at");
        entity.Property(r => r.NextAttemptAt).HasColumnName("next_attempt_at");
        entity.Property(r => r.ConsentText).HasColumnName("consent_text");
        entity.Property(r => r.ConsentGivenAt).HasColumnName("consent_given_at");
        entity.Property(r => r.ConsentSourceAddress).HasColumnName("consent_source_address");
        entity.Property(r => r.ConsentPageUrl).HasColumnName("consent_page_url");
        entity.Property(r => r.ConsentUserAgent).HasColumnName("consent_user_agent");
        entity.Property(r => r.DirectionCountry).HasColumnName("direction_country");
        entity.Property(r => r.DirectionCountryName).HasColumnName("direction_country_name");
        entity.Property(r => r.DirectionRegion).HasColumnName("direction_region");
        entity.Property(r => r.DirectionCarrier).HasColumnName("direction_carrier");
        entity.Property(r => r.DirectionMobile).HasColumnName("direction_mobile");
        entity.Property(r => r.FirstLeg).HasColumnName("first_leg").HasConversion<string>();
        entity.Property(r => r.CallbackOperator).HasColumnName("callback_operator");
        entity.Property(r => r.Source).HasColumnName("source");
        entity.Property(r => r.Destination).HasColumnName("destination");
        entity.Property(r => r.Reason).HasColumnName("reason");
        entity.Property(r => r.InstanceId).HasColumnName("instance_id");
        entity.Property(r => r.ClaimedBy).HasColumnName("claimed_by");
        entity.Property(r => r.ClaimedUntil).HasColumnName("claimed_until");
        entity.Property(r => r.FirstCalledAt).HasColumnName("first_called_at");
        entity.Property(r => r.CompletedAt).HasColumnName("completed_at");
        entity.Property(r => r.TalkSeconds).HasColumnName("talk_seconds");
        entity.Property(r => r.Price).HasColumnName("price").HasPrecision(18, 6);
        entity.Property(r => r.Currency).HasColumnName("currency");
        entity.Property(r => r.RemindAt).HasColumnName("remind_at");
        entity.Property(r => r.RemindedAt).HasColumnName("reminded_at");
        entity.Property(r => r.UpdatedAt).HasColumnName("updated_at");
        entity.HasIndex(r => new { r.Status, r.NextAttemptAt }).HasDatabaseName("ix_callback_requests_status_next_attempt_at");
        entity.HasIndex(r => new { r.Status, r.ClaimedUntil }).HasDatabaseName("ix_callback_requests_status_claimed_until");
        entity.HasIndex(r => new { r.CompanyId, r.CreatedAt }).HasDatabaseName("ix_callback_requests_company_id_created_at");
        entity.HasIndex(r => new { r.CompanyId, r.ClientPhone }).HasDatabaseName("ix_callback_requests_company_id_client_phone");
        entity.HasIndex(r => new { r.CampaignId, r.CreatedAt }).HasDatabaseName("ix_callback_requests_campaign_id_created_at");
        entity.HasIndex(r => r.RemindAt).HasFilter("reminded_at IS NULL").HasDatabaseName("ix_callback_requests_remind_at_unsent");
    }
}
