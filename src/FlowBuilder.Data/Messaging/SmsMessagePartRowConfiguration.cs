using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Messaging;

internal sealed class SmsMessagePartRowConfiguration : IEntityTypeConfiguration<SmsMessagePartRow>
{
    public void Configure(EntityTypeBuilder<SmsMessagePartRow> entity)
    {
        entity.ToTable("sms_message_parts");
        entity.HasKey(p => new { p.NetworkId, p.MessageId }).HasName("pk_sms_message_parts");
        entity.Property(p => p.CompanyId).HasColumnName("company_id");
        entity.Property(p => p.NetworkId).HasColumnName("network_id");
        entity.Property(p => p.MessageId).HasColumnName("message_id");
        entity.Property(p => p.PartIndex).HasColumnName("part_index");
        entity.HasIndex(p => p.MessageId).HasDatabaseName("ix_sms_message_parts_message_id");
    }
}
