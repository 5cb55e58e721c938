using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Instances;

internal sealed class InstanceRowConfiguration : IEntityTypeConfiguration<InstanceRow>
{
    public void Configure(EntityTypeBuilder<InstanceRow> entity)
    {
        entity.ToTable("instances");
        entity.HasKey(i => i.Id).HasName("pk_instances");
        entity.Property(i => i.Id).HasColumnName("id");
        entity.Property(i => i.CompanyId).HasColumnName("company_id");
        entity.Property(i => i.FlowId).HasColumnName("flow_id");
        entity.Property(i => i.FlowVersion).HasColumnName("flow_version");
        entity.Property(i => i.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(i => i.Revision).HasColumnName("revision");
        entity.Property(i => i.CurrentNodeId).HasColumnName("current_node_id");
        entity.Property(i => i.VariablesJson).HasColumnName("variables_json");
        entity.Property(i => i.InputJson).HasColumnName("input_json");
        entity.Property(i => i.TriggerJson).HasColumnName("trigger_json");
        entity.Property(i => i.OutputsJson).HasColumnName("outputs_json");
        entity.Property(i => i.PendingStimuliJson).HasColumnName("pending_stimuli_json");
        entity.Property(i => i.ResultJson).HasColumnName("result_json");
        entity.Property(i => i.FaultMessage).HasColumnName("fault_message");
        entity.Property(i => i.FaultNodeId).HasColumnName("fault_node_id");
        entity.Property(i => i.ParentInstanceId).HasColumnName("parent_instance_id");
        entity.Property(i => i.CorrelationId).HasColumnName("correlation_id");
        entity.Property(i => i.StepCount).HasColumnName("step_count");
        entity.Property(i => i.JournalSequence).HasColumnName("journal_sequence");
        entity.Property(i => i.CreatedAt).HasColumnName("created_at");
        entity.Property(i => i.UpdatedAt).HasColumnName("updated_at");
        entity.Property(i => i.FinishedAt).HasColumnName("finished_at");
        entity.Property(i => i.BookmarkId).HasColumnName("bookmark_id");
        entity.Property(i => i.BookmarkNodeId).HasColumnName("bookmark_node_id");
        entity.Property(i => i.BookmarkName).HasColumnName("bookmark_name");
        entity.Property(i => i.BookmarkCorrelationKey).HasColumnName("bookmark_correlation_key");
        entity.Property(i => i.BookmarkResumeAt).HasColumnName("bookmark_resume_at");
        entity.Property(i => i.BookmarkStateJson).HasColumnName("bookmark_state_json");
        entity.Property(i => i.BookmarkCreatedAt).HasColumnName("bookmark_created_at");
        entity.HasIndex(i => new { i.CompanyId, i.CreatedAt }).HasDatabaseName("ix_instances_company_id_created_at");
        entity.HasIndex(i => new { i.CompanyId, i.FlowId }).HasDatabaseName("ix_instances_company_id_flow_id");
        entity.HasIndex(i => i.Status).HasDatabaseName("ix_instances_status");
        // Only waiting instances have a bookmark: the partial index skips the many finished ones.
        entity.HasIndex(i => new { i.BookmarkName, i.BookmarkCorrelationKey }).HasDatabaseName("ix_instances_bookmark_name_bookmark_correlation_key")
            .HasFilter("bookmark_name IS NOT NULL");
    }
}
