using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Flows;

internal sealed class FlowRowConfiguration : IEntityTypeConfiguration<FlowRow>
{
    public void Configure(EntityTypeBuilder<FlowRow> entity)
    {
        entity.ToTable("flows");
        entity.HasKey(f => new { f.CompanyId, f.Id }).HasName("pk_flows");
        entity.Property(f => f.CompanyId).HasColumnName("company_id");
        entity.Property(f => f.Id).HasColumnName("id");
        entity.Property(f => f.Name).HasColumnName("name");
        entity.Property(f => f.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(f => f.DraftJson).HasColumnName("draft_json");
        entity.Property(f => f.Revision).HasColumnName("revision");
        entity.Property(f => f.LatestVersion).HasColumnName("latest_version");
        entity.Property(f => f.PublishedVersion).HasColumnName("published_version");
        entity.Property(f => f.CreatedAt).HasColumnName("created_at");
        entity.Property(f => f.UpdatedAt).HasColumnName("updated_at");
    }
}
