using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.CallCentre;

/// <summary>Collects a request's field errors; answers 400 naming the first field in <c>path</c> and every one in <c>errors</c>.</summary>
internal sealed class FieldErrors
{
    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string path, string message) => _errors.Add(new FieldError(path, message));

    /// <summary>Adds an error unless <paramref name="value"/> is null or within [min, max].</summary>
    public void Range(string path, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max)) Add(path, $"{field} must be between {min} and {max}; {v} is not.");
    }

    public ProblemHttpResult ToProblem()
    {
        var first = _errors[0];
        var detail = _errors.Count == 1 ? first.Message : $"{first.Message} ({_errors.Count - 1} more in \"errors\".)";
        return ApiProblems.Create(StatusCodes.Status400BadRequest, "Invalid request", detail, ("path", first.Path), ("errors", _errors.ToList()));
    }
}
