using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Calls;

internal sealed class CallRecordRowConfiguration : IEntityTypeConfiguration<CallRecordRow>
{
    public void Configure(EntityTypeBuilder<CallRecordRow> entity)
    {
        entity.ToTable("call_records");
        entity.HasKey(c => c.CallId).HasName("pk_call_records");
        entity.Property(c => c.CallId).HasColumnName("call_id");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.Channel).HasColumnName("channel");
        entity.Property(c => c.Direction).HasColumnName("direction").HasConversion<string>();
        entity.Property(c => c.From).HasColumnName("from_number");
        entity.Property(c => c.To).HasColumnName("to_number");
        entity.Property(c => c.StartedAt).HasColumnName("started_at");
        entity.Property(c => c.AnsweredAt).HasColumnName("answered_at");
        entity.Property(c => c.EndedAt).HasColumnName("ended_at");
        entity.Property(c => c.Disposition).HasColumnName("disposition").HasConversion<string>();
        entity.Property(c => c.Cause).HasColumnName("hangup_cause").HasConversion<string>();
        entity.Property(c => c.SipStatus).HasColumnName("sip_status");
        entity.Property(c => c.FlowId).HasColumnName("flow_id");
        entity.Property(c => c.InstanceId).HasColumnName("instance_id");
        entity.Property(c => c.Trunk).HasColumnName("trunk");
        entity.Property(c => c.BillableSeconds).HasColumnName("billable_seconds");
        entity.HasIndex(c => new { c.CompanyId, c.StartedAt }).HasDatabaseName("ix_call_records_company_id_started_at");
        entity.HasIndex(c => c.InstanceId).HasDatabaseName("ix_call_records_instance_id");
        entity.HasIndex(c => c.EndedAt).HasDatabaseName("ix_call_records_ended_at");
    }
}
