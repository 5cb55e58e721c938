using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Campaigns;

internal sealed class CampaignContactRowConfiguration : IEntityTypeConfiguration<CampaignContactRow>
{
    public void Configure(EntityTypeBuilder<CampaignContactRow> entity)
    {
        entity.ToTable("campaign_contacts");
        entity.HasKey(c => new { c.CampaignId, c.ContactId }).HasName("pk_campaign_contacts");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.CampaignId).HasColumnName("campaign_id");
        entity.Property(c => c.ContactId).HasColumnName("contact_id");
        entity.Property(c => c.Phone).HasColumnName("phone");
        entity.Property(c => c.TimeZone).HasColumnName("time_zone");
        entity.Property(c => c.State).HasColumnName("state").HasConversion<string>();
        entity.Property(c => c.Attempts).HasColumnName("attempts");
        entity.Property(c => c.NextAttemptAt).HasColumnName("next_attempt_at");
        entity.Property(c => c.LastDisposition).HasColumnName("last_disposition").HasConversion<string>();
        entity.Property(c => c.Result).HasColumnName("result");
        entity.Property(c => c.Converted).HasColumnName("converted");
        entity.Property(c => c.Reason).HasColumnName("reason");
        entity.Property(c => c.ClaimedBy).HasColumnName("claimed_by");
        entity.Property(c => c.ClaimedUntil).HasColumnName("claimed_until");
        entity.Property(c => c.Operator).HasColumnName("operator");
        entity.Property(c => c.QueueOrder).HasColumnName("queue_order");
        entity.HasIndex(c => new { c.CampaignId, c.State, c.NextAttemptAt, c.QueueOrder }).HasDatabaseName("ix_campaign_contacts_campaign_id_state_due");
        entity.HasIndex(c => new { c.CampaignId, c.QueueOrder }).HasDatabaseName("ix_campaign_contacts_campaign_id_queue_order");
        entity.HasIndex(c => new { c.CampaignId, c.Phone }).IsUnique().HasDatabaseName("ux_campaign_contacts_campaign_id_phone");
    }
}
