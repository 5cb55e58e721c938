using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Campaigns;

internal sealed class CampaignRowConfiguration : IEntityTypeConfiguration<CampaignRow>
{
    public void Configure(EntityTypeBuilder<CampaignRow> entity)
    {
        entity.ToTable("campaigns");
        entity.HasKey(c => c.Id).HasName("pk_campaigns");
        entity.Property(c => c.Id).HasColumnName("id");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.Name).HasColumnName("name");
        entity.Property(c => c.Description).HasColumnName("description");
        entity.Property(c => c.FlowId).HasColumnName("flow_id");
        entity.Property(c => c.FlowVersion).HasColumnName("flow_version");
        entity.Property(c => c.GroupIdsJson).HasColumnName("group_ids_json");
        entity.Property(c => c.Mode).HasColumnName("mode").HasConversion<string>();
        entity.Property(c => c.ScheduleJson).HasColumnName("schedule_json");
        entity.Property(c => c.MaxConcurrentCalls).HasColumnName("max_concurrent_calls");
        entity.Property(c => c.CallerId).HasColumnName("caller_id");
        entity.Property(c => c.Trunk).HasColumnName("trunk");
        entity.Property(c => c.Channel).HasColumnName("channel");
        entity.Property(c => c.RingSeconds).HasColumnName("ring_seconds");
        entity.Property(c => c.RetryJson).HasColumnName("retry_json");
        entity.Property(c => c.OperatorsJson).HasColumnName("operators_json");
        entity.Property(c => c.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(c => c.AbandonLimit).HasColumnName("abandon_limit");
        entity.Property(c => c.ConversionResultsJson).HasColumnName("conversion_results_json");
        entity.Property(c => c.DispositionCodesJson).HasColumnName("disposition_codes_json");
        entity.Property(c => c.WrapUpSeconds).HasColumnName("wrap_up_seconds");
        entity.Property(c => c.Error).HasColumnName("error");
        entity.Property(c => c.CreatedAt).HasColumnName("created_at");
        entity.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        entity.Property(c => c.StartedAt).HasColumnName("started_at");
        entity.Property(c => c.CompletedAt).HasColumnName("completed_at");
        entity.HasIndex(c => new { c.CompanyId, c.CreatedAt }).HasDatabaseName("ix_campaigns_company_id_created_at");
        entity.HasIndex(c => c.Status).HasDatabaseName("ix_campaigns_status");
    }
}
