using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowBuilder.Data.ClickToCall;

internal sealed class CallbackCommentRowConfiguration : IEntityTypeConfiguration<CallbackCommentRow>
{
    public void Configure(EntityTypeBuilder<CallbackCommentRow> entity)
    {
        entity.ToTable("callback_comments");
        entity.HasKey(c => c.CommentId).HasName("pk_callback_comments");
        entity.Property(c => c.CommentId).HasColumnName("comment_id");
        entity.Property(c => c.CompanyId).HasColumnName("company_id");
        entity.Property(c => c.RequestId).HasColumnName("request_id");
        entity.Property(c => c.Type).HasColumnName("type");
        entity.Property(c => c.Text).HasColumnName("text");
        entity.Property(c => c.FieldsJson).HasColumnName("fields_json");
        entity.Property(c => c.Author).HasColumnName("author");
        entity.Property(c => c.CreatedAt).HasColumnName("created_at");
        entity.HasIndex(c => new { c.RequestId, c.CreatedAt }).HasDatabaseName("ix_callback_comments_request_id_created_at");
    }
}
