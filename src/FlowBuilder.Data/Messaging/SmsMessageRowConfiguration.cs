using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Messaging;

internal sealed class SmsMessageRowConfiguration : IEntityTypeConfiguration<SmsMessageRow>
{
    public void Configure(EntityTypeBuilder<SmsMessageRow> entity)
    {
        entity.ToTable("sms_messages");
        entity.HasKey(m => m.Id).HasName("pk_sms_messages");
        entity.Property(m => m.Id).HasColumnName("id");
        entity.Property(m => m.CompanyId).HasColumnName("company_id");
        entity.Property(m => m.Direction).HasColumnName("direction").HasConversion<string>();
        entity.Property(m => m.From).HasColumnName("from_number");
        entity.Property(m => m.To).HasColumnName("to_number");
        entity.Property(m => m.Text).HasColumnName("text");
        entity.Property(m => m.Encoding).HasColumnName("encoding");
        entity.Property(m => m.Status).HasColumnName("status").HasConversion<string>();
        entity.Property(m => m.PartsJson).HasColumnName("parts_json");
        entity.Property(m => m.Error).HasColumnName("error");
        entity.Property(m => m.Attempts).HasColumnName("attempts");
        entity.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");
        entity.Property(m => m.InstanceId).HasColumnName("instance_id");
        entity.Property(m => m.NodeId).HasColumnName("node_id");
        entity.Property(m => m.CreatedAt).HasColumnName("created_at");
        entity.Property(m => m.UpdatedAt).HasColumnName("updated_at");
        entity.Property(m => m.HistoryJson).HasColumnName("history_json");
        entity.HasIndex(m => new { m.CompanyId, m.CreatedAt }).HasDatabaseName("ix_sms_messages_company_id_created_at");
        entity.HasIndex(m => new { m.Status, m.NextAttemptAt }).HasDatabaseName("ix_sms_messages_status_next_attempt_at");
        entity.HasIndex(m => new { m.To, m.CreatedAt }).HasDatabaseName("ix_sms_messages_to_number_created_at");
    }
}
