using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.ClickToCall;

internal sealed class CallbackLegRowConfiguration : IEntityTypeConfiguration<CallbackLegRow>
{
    public void Configure(EntityTypeBuilder<CallbackLegRow> entity)
    {
        entity.ToTable("callback_legs");
        entity.HasKey(l => new { l.RequestId, l.Attempt, l.Side }).HasName("pk_callback_legs");
        entity.Property(l => l.CompanyId).HasColumnName("company_id");
        entity.Property(l => l.RequestId).HasColumnName("request_id");
        entity.Property(l => l.Attempt).HasColumnName("attempt");
        entity.Property(l => l.Side).HasColumnName("side").HasConversion<string>();
        entity.Property(l => l.CallId).HasColumnName("call_id");
        entity.Property(l => l.Number).HasColumnName("number");
        entity.Property(l => l.Outcome).HasColumnName("outcome");
        entity.Property(l => l.StartedAt).HasColumnName("started_at");
        entity.Property(l => l.AnsweredAt).HasColumnName("answered_at");
        entity.Property(l => l.EndedAt).HasColumnName("ended_at");
        entity.Property(l => l.SipStatus).HasColumnName("sip_status");
        entity.Property(l => l.AnsweredBy).HasColumnName("answered_by");
        entity.HasIndex(l => l.CallId).HasDatabaseName("ix_callback_legs_call_id");
    }
}
