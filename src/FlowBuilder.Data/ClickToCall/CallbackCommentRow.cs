using FlowBuilder.Data.Context;
using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Data.ClickToCall;

/// <summary>One comment on a request; its field values as a JSON object of strings.</summary>
internal sealed class CallbackCommentRow
{
    public string CommentId { get; set; } = "";
    public string CompanyId { get; set; } = "";
    public string RequestId { get; set; } = "";
    public string Type { get; set; } = "";
    public string Text { get; set; } = "";
    public string FieldsJson { get; set; } = "{}";
    public string Author { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    public static CallbackCommentRow Of(string companyId, CallbackComment comment) => new()
    {
        CommentId = comment.Id,
        CompanyId = companyId,
        RequestId = comment.RequestId,
        Type = comment.Type,
        Text = comment.Text,
        FieldsJson = ColumnJson.Write(comment.Fields),
        Author = comment.Author,
        CreatedAt = comment.CreatedAt,
    };

    public CallbackComment ToComment() => new(CommentId, RequestId, Type, Text,
        ColumnJson.Read<Dictionary<string, string>>(FieldsJson), Author, CreatedAt);
}
