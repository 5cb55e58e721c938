using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Problems;

/// <summary>Problem results endpoints return directly (those the engine does not throw).</summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Create(int status, string title, string detail, params (string Name, object? Value)[] extensions) =>
        TypedResults.Problem(ExceptionProblems.Problem(status, title, detail, extensions));

    public static ProblemHttpResult BadRequest(string detail, params (string Name, object? Value)[] extensions) =>
        Create(StatusCodes.Status400BadRequest, "Bad request", detail, extensions);

    public static ProblemHttpResult NotFound(string title, string detail, params (string Name, object? Value)[] extensions) =>
        Create(StatusCodes.Status404NotFound, title, detail, extensions);

    public static ProblemHttpResult Conflict(string title, string detail, params (string Name, object? Value)[] extensions) =>
        Create(StatusCodes.Status409Conflict, title, detail, extensions);
}
