using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Calls;

internal sealed class CallRecordingRowConfiguration : IEntityTypeConfiguration<CallRecordingRow>
{
    public void Configure(EntityTypeBuilder<CallRecordingRow> entity)
    {
        entity.ToTable("call_recordings");
        entity.HasKey(r => r.Id).HasName("pk_call_recordings");
        entity.Property(r => r.Id).HasColumnName("id");
        entity.Property(r => r.CompanyId).HasColumnName("company_id");
        entity.Property(r => r.CallId).HasColumnName("call_id");
        entity.Property(r => r.OtherCallId).HasColumnName("other_call_id");
        entity.Property(r => r.Channel).HasColumnName("channel");
        entity.Property(r => r.Legs).HasColumnName("legs").HasConversion<string>();
        entity.Property(r => r.FilePath).HasColumnName("file_path");
        entity.Property(r => r.StartedAt).HasColumnName("started_at");
        entity.Property(r => r.EndedAt).HasColumnName("ended_at");
        entity.Property(r => r.Bytes).HasColumnName("bytes");
        entity.Property(r => r.FlowId).HasColumnName("flow_id");
        entity.Property(r => r.InstanceId).HasColumnName("instance_id");
        entity.HasIndex(r => new { r.CompanyId, r.StartedAt }).HasDatabaseName("ix_call_recordings_company_id_started_at");
        entity.HasIndex(r => r.CallId).HasDatabaseName("ix_call_recordings_call_id");
        entity.HasIndex(r => r.OtherCallId).HasDatabaseName("ix_call_recordings_other_call_id");
        entity.HasIndex(r => r.InstanceId).HasDatabaseName("ix_call_recordings_instance_id");
    }
}
