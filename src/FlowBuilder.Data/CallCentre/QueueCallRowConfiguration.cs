using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.CallCentre;

internal sealed class QueueCallRowConfiguration : IEntityTypeConfiguration<QueueCallRow>
{
    public void Configure(EntityTypeBuilder<QueueCallRow> entity)
    {
        entity.ToTable("queue_calls");
        entity.HasKey(c => c.Id).HasName("pk_queue_calls");
        entity.Property(c => c.Id).HasColumnName("id");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.Queue).HasColumnName("queue");
        entity.Property(c => c.CallId).HasColumnName("call_id");
        entity.Property(c => c.Caller).HasColumnName("caller");
        entity.Property(c => c.EnteredAt).HasColumnName("entered_at");
        entity.Property(c => c.LeftAt).HasColumnName("left_at");
        entity.Property(c => c.Result).HasColumnName("result").HasConversion<string>();
        entity.Property(c => c.AgentId).HasColumnName("agent_id");
        entity.Property(c => c.TalkEndedAt).HasColumnName("talk_ended_at");
        entity.HasIndex(c => new { c.CompanyId, c.Queue, c.EnteredAt }).HasDatabaseName("ix_queue_calls_company_id_queue_entered_at");
        entity.HasIndex(c => new { c.CompanyId, c.EnteredAt }).HasDatabaseName("ix_queue_calls_company_id_entered_at");
    }
}
