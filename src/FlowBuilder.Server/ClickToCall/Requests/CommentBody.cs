using System.Text.Json;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>Body of <c>POST …/requests/{id}/comments</c>: one of the campaign's comment types, text, the type's field values
/// (<c>{ "amount": 12.5 }</c>: strings, numbers or booleans), author.</summary>
internal sealed record CommentBody(string? Type, string? Text, JsonElement? Fields, string? Author);
