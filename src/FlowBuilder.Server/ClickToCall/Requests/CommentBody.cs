namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>Body of <c>POST …/requests/{id}/comments</c>: one of the campaign's comment types, text, the type's field values, author.</summary>
internal sealed record CommentBody(string? Type, string? Text, IReadOnlyDictionary<string, string?>? Fields, string? Author);
