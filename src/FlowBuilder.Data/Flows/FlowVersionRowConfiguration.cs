using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Flows;

internal sealed class FlowVersionRowConfiguration : IEntityTypeConfiguration<FlowVersionRow>
{
    public void Configure(EntityTypeBuilder<FlowVersionRow> entity)
    {
        entity.ToTable("flow_versions");
        entity.HasKey(v => new { v.CompanyId, v.FlowId, v.Version }).HasName("pk_flow_versions");
        entity.Property(v => v.CompanyId).HasColumnName("company_id");
        entity.Property(v => v.FlowId).HasColumnName("flow_id");
        entity.Property(v => v.Version).HasColumnName("version").ValueGeneratedNever();
        entity.Property(v => v.DefinitionJson).HasColumnName("definition_json");
        entity.Property(v => v.Note).HasColumnName("note");
        entity.Property(v => v.PublishedAt).HasColumnName("published_at");
        entity.Property(v => v.Retracted).HasColumnName("retracted");
        entity.HasOne<FlowRow>().WithMany()
            .HasForeignKey(v => new { v.CompanyId, v.FlowId })
            .HasConstraintName("fk_flow_versions_flows")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
