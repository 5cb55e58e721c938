using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Flows;

internal sealed class TriggerBindingRowConfiguration : IEntityTypeConfiguration<TriggerBindingRow>
{
    public void Configure(EntityTypeBuilder<TriggerBindingRow> entity)
    {
        entity.ToTable("trigger_bindings");
        entity.HasKey(t => new { t.Type, t.Key }).HasName("pk_trigger_bindings");
        entity.Property(t => t.Type).HasColumnName("type").HasConversion<string>();
        entity.Property(t => t.Key).HasColumnName("key");
        entity.Property(t => t.CompanyId).HasColumnName("company_id");
        entity.Property(t => t.FlowId).HasColumnName("flow_id");
        entity.Property(t => t.Version).HasColumnName("version");
        entity.Property(t => t.Synchronous).HasColumnName("synchronous");
        entity.HasIndex(t => new { t.CompanyId, t.FlowId }).HasDatabaseName("ix_trigger_bindings_company_id_flow_id");
    }
}
