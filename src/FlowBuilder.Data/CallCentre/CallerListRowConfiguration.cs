using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.CallCentre;

internal sealed class CallerListRowConfiguration : IEntityTypeConfiguration<CallerListRow>
{
    public void Configure(EntityTypeBuilder<CallerListRow> entity)
    {
        entity.ToTable("caller_list_entries");
        entity.HasKey(e => new { e.CompanyId, e.Number }).HasName("pk_caller_list_entries");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.Number).HasColumnName("number");
        entity.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>();
        entity.Property(e => e.FlowId).HasColumnName("flow_id");
        entity.Property(e => e.Note).HasColumnName("note");
        entity.HasIndex(e => new { e.CompanyId, e.Kind }).HasDatabaseName("ix_caller_list_entries_company_id_kind");
    }
}
