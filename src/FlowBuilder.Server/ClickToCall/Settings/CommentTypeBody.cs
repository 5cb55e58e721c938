namespace FlowBuilder.Server.ClickToCall.Settings;

/// <summary>A comment type in a campaign body: <c>{ "name": "sale", "label": "Sale", "fields": [ … ] }</c>.</summary>
internal sealed record CommentTypeBody(string? Name, string? Label, IReadOnlyList<CommentFieldBody>? Fields);

/// <summary>One field of a comment type; <c>type</c> is text, number, date, dateTime, boolean or choice (which needs options).</summary>
internal sealed record CommentFieldBody(string? Name, string? Label, string? Type, bool? Required, IReadOnlyList<string>? Options);
