using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Campaigns;

internal sealed class CampaignAttemptRowConfiguration : IEntityTypeConfiguration<CampaignAttemptRow>
{
    public void Configure(EntityTypeBuilder<CampaignAttemptRow> entity)
    {
        entity.ToTable("campaign_attempts");
        entity.HasKey(a => a.Id).HasName("pk_campaign_attempts");
        entity.Property(a => a.Id).HasColumnName("id");
        entity.Property(a => a.CompanyId).HasColumnName("company_id");
        entity.Property(a => a.CampaignId).HasColumnName("campaign_id");
        entity.Property(a => a.ContactId).HasColumnName("contact_id");
        entity.Property(a => a.Number).HasColumnName("number");
        entity.Property(a => a.Phone).HasColumnName("phone");
        entity.Property(a => a.StartedAt).HasColumnName("started_at");
        entity.Property(a => a.AnsweredAt).HasColumnName("answered_at");
        entity.Property(a => a.EndedAt).HasColumnName("ended_at");
        entity.Property(a => a.Disposition).HasColumnName("disposition").HasConversion<string>();
        entity.Property(a => a.SipStatus).HasColumnName("sip_status");
        entity.Property(a => a.TalkSeconds).HasColumnName("talk_seconds");
        entity.Property(a => a.Result).HasColumnName("result");
        entity.Property(a => a.Converted).HasColumnName("converted");
        entity.Property(a => a.CallId).HasColumnName("call_id");
        entity.Property(a => a.InstanceId).HasColumnName("instance_id");
        entity.Property(a => a.Operator).HasColumnName("operator");
        entity.Property(a => a.OperatorDisposition).HasColumnName("operator_disposition");
        entity.Property(a => a.Notes).HasColumnName("notes");
        entity.Property(a => a.Node).HasColumnName("node");
        entity.HasIndex(a => new { a.CampaignId, a.ContactId, a.Number }).IsUnique().HasDatabaseName("ux_campaign_attempts_campaign_id_contact_id_number");
        entity.HasIndex(a => a.InstanceId).HasDatabaseName("ix_campaign_attempts_instance_id");
        entity.HasIndex(a => new { a.CampaignId, a.EndedAt }).HasDatabaseName("ix_campaign_attempts_campaign_id_ended_at");
        entity.HasIndex(a => new { a.CampaignId, a.StartedAt }).HasDatabaseName("ix_campaign_attempts_campaign_id_started_at");
    }
}
