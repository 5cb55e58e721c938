using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.Messaging;

internal sealed class SmsOptOutRowConfiguration : IEntityTypeConfiguration<SmsOptOutRow>
{
    public void Configure(EntityTypeBuilder<SmsOptOutRow> entity)
    {
        entity.ToTable("sms_opt_outs");
        entity.HasKey(o => new { o.CompanyId, o.Number }).HasName("pk_sms_opt_outs");
        entity.Property(o => o.CompanyId).HasColumnName("company_id");
        entity.Property(o => o.Number).HasColumnName("number");
        entity.Property(o => o.OptedOutAt).HasColumnName("opted_out_at");
        entity.Property(o => o.Source).HasColumnName("source");
    }
}
