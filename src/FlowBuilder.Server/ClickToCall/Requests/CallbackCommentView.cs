using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Server.ClickToCall.Requests;

internal sealed record CallbackCommentView(string Id, string Type, string Text, IReadOnlyDictionary<string, string> Fields, string Author, DateTimeOffset CreatedAt)
{
    public static CallbackCommentView From(CallbackComment comment) =>
        new(comment.Id, comment.Type, comment.Text, comment.Fields, comment.Author, comment.CreatedAt);
}
