using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.CallCentre;

internal sealed class CallQueueRowConfiguration : IEntityTypeConfiguration<CallQueueRow>
{
    public void Configure(EntityTypeBuilder<CallQueueRow> entity)
    {
        entity.ToTable("call_queues");
        entity.HasKey(q => new { q.CompanyId, q.Name }).HasName("pk_call_queues");
        entity.Property(q => q.CompanyId).HasColumnName("company_id");
        entity.Property(q => q.Name).HasColumnName("name");
        entity.Property(q => q.AgentsJson).HasColumnName("agents_json");
        entity.Property(q => q.Strategy).HasColumnName("strategy").HasConversion<string>();
        entity.Property(q => q.HoldPrompt).HasColumnName("hold_prompt");
        entity.Property(q => q.HoldMusic).HasColumnName("hold_music");
        entity.Property(q => q.AnnounceEverySeconds).HasColumnName("announce_every_seconds");
        entity.Property(q => q.AnnouncePosition).HasColumnName("announce_position");
        entity.Property(q => q.AnnounceWaitTime).HasColumnName("announce_wait_time");
        entity.Property(q => q.MaxWaitSeconds).HasColumnName("max_wait_seconds");
        entity.Property(q => q.AgentRingSeconds).HasColumnName("agent_ring_seconds");
        entity.Property(q => q.WrapUpSeconds).HasColumnName("wrap_up_seconds");
        entity.Property(q => q.ServiceLevelSeconds).HasColumnName("service_level_seconds");
    }
}
