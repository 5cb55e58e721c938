using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.CallCentre;

internal sealed class ExtensionRowConfiguration : IEntityTypeConfiguration<ExtensionRow>
{
    public void Configure(EntityTypeBuilder<ExtensionRow> entity)
    {
        entity.ToTable("extensions");
        entity.HasKey(e => e.Number).HasName("pk_extensions");
        entity.Property(e => e.Number).HasColumnName("number");
        entity.Property(e => e.CompanyId).HasColumnName("company_id");
        entity.Property(e => e.DisplayName).HasColumnName("display_name");
        entity.Property(e => e.Password).HasColumnName("password");
        entity.Property(e => e.Enabled).HasColumnName("enabled");
        entity.Property(e => e.RingSeconds).HasColumnName("ring_seconds");
        entity.Property(e => e.ForwardAlways).HasColumnName("forward_always");
        entity.Property(e => e.ForwardOnBusy).HasColumnName("forward_on_busy");
        entity.Property(e => e.ForwardOnNoAnswer).HasColumnName("forward_on_no_answer");
        entity.Property(e => e.ForwardTimeZone).HasColumnName("forward_time_zone");
        entity.Property(e => e.ForwardScheduleJson).HasColumnName("forward_schedule_json");
        entity.HasIndex(e => e.CompanyId).HasDatabaseName("ix_extensions_company_id");
    }
}
