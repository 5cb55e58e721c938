namespace FlowBuilder.Campaigns.ClickToCall.Comments;

/// <summary>A comment was refused: <see cref="Errors"/> maps each field at fault (<c>type</c>, <c>text</c>,
/// <c>fields.amount</c>) to what is wrong with it and what to do (the API answers 422 with them).</summary>
public sealed class CommentValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Value)))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
