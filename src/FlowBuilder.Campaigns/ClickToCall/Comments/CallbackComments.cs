using FlowBuilder.Engine.ClickToCall;

namespace FlowBuilder.Campaigns.ClickToCall.Comments;

/// <summary>Operators' comments on requests, checked against the comment types of the request's campaign.</summary>
public sealed class CallbackComments(ICallbackRequestStore requests, IClickToCallCampaignStore campaigns, TimeProvider time)
{
    public const int MaxTextLength = 4000;
    public const int MaxFieldLength = 500;

    /// <summary>
    /// Stores a comment of <paramref name="type"/> (one of the campaign's <see cref="ClickToCallCampaign.CommentTypes"/>) with the
    /// values of its fields, normalised (see <see cref="CallbackComment"/>); empty values of optional fields are left out. Throws
    /// <see cref="KeyNotFoundException"/> for an unknown request and <see cref="CommentValidationException"/> naming every field at
    /// fault. A type without fields needs <paramref name="text"/>. <paramref name="author"/> defaults to "operator".
    /// </summary>
    public async ValueTask<CallbackComment> AddAsync(
        string companyId, string requestId, string? type, string? text, IReadOnlyDictionary<string, string?>? fields, string? author,
        CancellationToken cancellationToken)
    {
        var request = await requests.GetAsync(companyId, requestId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No callback request '{requestId}' exists.");
        var campaign = await campaigns.GetAsync(companyId, request.CampaignId, cancellationToken).ConfigureAwait(false);
        var types = campaign?.CommentTypes is { Count: > 0 } own ? own : CommentType.Defaults;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var commentType = FindType(types, type, errors);
        var body = text?.Trim() ?? "";
        if (body.Length > MaxTextLength) errors["text"] = $"text is longer than {MaxTextLength} characters; shorten it.";
        IReadOnlyDictionary<string, string> values = commentType is null ? new Dictionary<string, string>() : Values(commentType, fields ?? new Dictionary<string, string?>(), errors);
        if (commentType is { Fields.Count: 0 } && body.Length == 0)
            errors["text"] = $"text is missing. A '{commentType.Name}' comment is its text; write what you want to note.";
        if (errors.Count > 0) throw new CommentValidationException(errors);

        var now = time.GetUtcNow();
        var comment = new CallbackComment(
            Guid.CreateVersion7(now).ToString("N"), request.Id, commentType!.Name, body, values,
            string.IsNullOrWhiteSpace(author) ? "operator" : author.Trim(), now);
        await requests.AddCommentAsync(comment, cancellationToken).ConfigureAwait(false);
        return comment;
    }

    private static CommentType? FindType(IReadOnlyList<CommentType> types, string? type, Dictionary<string, string> errors)
    {
        var names = string.Join(", ", types.Select(t => t.Name));
        if (string.IsNullOrWhiteSpace(type))
        {
            errors["type"] = $"type is missing. Use one of this campaign's comment types: {names}.";
            return null;
        }
        var found = types.FirstOrDefault(t => string.Equals(t.Name, type.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null) errors["type"] = $"Unknown comment type '{type}'. Use one of this campaign's comment types: {names}.";
        return found;
    }

    private static Dictionary<string, string> Values(CommentType type, IReadOnlyDictionary<string, string?> given, Dictionary<string, string> errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var fieldNames = string.Join(", ", type.Fields.Select(f => f.Name));
        foreach (var name in given.Keys.Where(k => !type.Fields.Any(f => string.Equals(f.Name, k, StringComparison.Ordinal))))
        {
            errors[$"fields.{name}"] = type.Fields.Count == 0
                ? $"A '{type.Name}' comment has no fields; leave out {name}."
                : $"{name} is not a field of a '{type.Name}' comment; its fields are {fieldNames}.";
        }
        foreach (var field in type.Fields)
        {
            var value = given.GetValueOrDefault(field.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.Required) errors[$"fields.{field.Name}"] = $"{field.Name} is missing. A '{type.Name}' comment needs its {field.Label.ToLowerInvariant()}.";
                continue;
            }
            if (value.Length > MaxFieldLength)
            {
                errors[$"fields.{field.Name}"] = $"{field.Name} is longer than {MaxFieldLength} characters; shorten it.";
                continue;
            }
            if (CommentFieldValues.Normalise(field, value, out var problem) is { } normalised) values[field.Name] = normalised;
            else errors[$"fields.{field.Name}"] = problem!;
        }
        return values;
    }
}
