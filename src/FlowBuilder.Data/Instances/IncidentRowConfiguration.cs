using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Instances;

internal sealed class IncidentRowConfiguration : IEntityTypeConfiguration<IncidentRow>
{
    public void Configure(EntityTypeBuilder<IncidentRow> entity)
    {
        entity.ToTable("incidents");
        entity.HasKey(i => i.Id).HasName("pk_incidents");
        entity.Property(i => i.Id).HasColumnName("id");
        entity.Property(i => i.InstanceId).HasColumnName("instance_id");
        entity.Property(i => i.CompanyId).HasColumnName("company_id");
        entity.Property(i => i.FlowId).HasColumnName("flow_id");
        entity.Property(i => i.FlowVersion).HasColumnName("flow_version");
        entity.Property(i => i.NodeId).HasColumnName("node_id");
        entity.Property(i => i.Kind).HasColumnName("kind");
        entity.Property(i => i.Message).HasColumnName("message");
        entity.Property(i => i.OccurredAt).HasColumnName("occurred_at");
        entity.HasIndex(i => i.InstanceId).HasDatabaseName("ix_incidents_instance_id");
        entity.HasIndex(i => new { i.CompanyId, i.OccurredAt }).HasDatabaseName("ix_incidents_company_id_occurred_at");
    }
}
