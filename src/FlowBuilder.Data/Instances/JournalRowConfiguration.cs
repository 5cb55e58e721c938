using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Instances;

internal sealed class JournalRowConfiguration : IEntityTypeConfiguration<JournalRow>
{
    public void Configure(EntityTypeBuilder<JournalRow> entity)
    {
        entity.ToTable("journal");
        // The key leads with instance_id, so it is also the index that reads an instance's journal in order.
        entity.HasKey(j => new { j.InstanceId, j.Sequence }).HasName("pk_journal");
        entity.Property(j => j.InstanceId).HasColumnName("instance_id");
        entity.Property(j => j.Sequence).HasColumnName("sequence").ValueGeneratedNever();
        entity.Property(j => j.CompanyId).HasColumnName("company_id");
        entity.Property(j => j.NodeId).HasColumnName("node_id");
        entity.Property(j => j.ActivityType).HasColumnName("activity_type");
        entity.Property(j => j.Outcome).HasColumnName("outcome");
        entity.Property(j => j.StartedAt).HasColumnName("started_at");
        entity.Property(j => j.DurationMs).HasColumnName("duration_ms");
        entity.Property(j => j.Inputs).HasColumnName("inputs");
        entity.Property(j => j.Outputs).HasColumnName("outputs");
        entity.Property(j => j.Error).HasColumnName("error");
    }
}
