using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns;

/// <summary>Collects a request's field errors; answers 422 with <c>errors: { "field": ["what to do", …] }</c> (fields as JSON
/// paths without the <c>$.</c>: <c>schedule.from</c>, <c>groupIds[1]</c>) and the first message as the detail.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private string? _first;

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
        _first ??= message;
    }

    public ProblemHttpResult ToProblem(string title = "Invalid campaign")
    {
        var count = _errors.Values.Sum(m => m.Count);
        var detail = count == 1 ? _first! : $"{_first} ({count - 1} more in \"errors\".)";
        var errors = _errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value, StringComparer.Ordinal);
        return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, title, detail, ("errors", errors));
    }

    public static ProblemHttpResult One(string field, string message, string title = "Invalid request")
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return errors.ToProblem(title);
    }
}
