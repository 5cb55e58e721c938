using System.Text.Json;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Engine.Runtime;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Problems;

/// <summary>Maps the exceptions the engine and ASP.NET Core throw to RFC 7807 problem details.</summary>
internal static class ExceptionProblems
{
    public static ProblemDetails Describe(Exception exception) => exception switch
    {
        FlowFormatException format => Problem(StatusCodes.Status400BadRequest, "Malformed flow", format.Message, ("path", format.Path)),
        JsonException json => Json(StatusCodes.Status400BadRequest, json),
        BadHttpRequestException { InnerException: JsonException json } => Json(StatusCodes.Status400BadRequest, json),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } tooLarge =>
            Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", tooLarge.Message),
        BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
        FlowNotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Flow not found", notFound.Message, ("flowId", notFound.FlowId)),
        FlowExistsException exists => Problem(StatusCodes.Status409Conflict, "Flow exists", exists.Message, ("flowId", exists.FlowId)),
        ConcurrencyConflictException stale => Problem(StatusCodes.Status409Conflict, "Stale revision", stale.Message,
            ("flowId", stale.FlowId), ("expectedRevision", stale.ExpectedRevision), ("actualRevision", stale.ActualRevision)),
        TriggerConflictException trigger => Problem(StatusCodes.Status409Conflict, "Trigger in use", trigger.Message, ("ownerFlowId", trigger.OwnerFlowId)),
        FlowArchivedException archived => Problem(StatusCodes.Status409Conflict, "Flow archived", archived.Message, ("flowId", archived.FlowId)),
        FlowNotPublishedException unpublished => Problem(StatusCodes.Status409Conflict, "Flow not published", unpublished.Message, ("flowId", unpublished.FlowId)),
        FlowInvalidException invalid => Problem(StatusCodes.Status422UnprocessableEntity, "Flow has errors", invalid.Message,
            ("flowId", invalid.FlowId), ("problems", ProblemView.From(invalid.Report.Problems))),
        InvalidFlowInputException input => Problem(StatusCodes.Status422UnprocessableEntity, "Invalid input", input.Message,
            ("problems", ProblemView.From(input.Problems))),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error",
            "The server failed to handle the request. The error is logged with the trace id; nothing about it is shown here."),
    };

    private static ProblemDetails Json(int status, JsonException error)
    {
        var (path, line, column, _) = JsonErrors.Locate(error);
        return Problem(status, "Malformed JSON", JsonErrors.Describe(error), ("path", path), ("line", line), ("column", column));
    }

    public static ProblemDetails Problem(int status, string title, string detail, params (string Name, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (name, value) in extensions) problem.Extensions[name] = value;
        return problem;
    }
}
