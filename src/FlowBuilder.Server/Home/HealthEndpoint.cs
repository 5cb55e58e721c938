using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Home;

internal static partial class HealthEndpoint
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<Results<Ok<HealthView>, ProblemHttpResult>> CheckAsync(
        IInstanceStore store, ICompanyContext company, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        try
        {
            await store.QueryAsync(new InstanceQuery(company.CompanyId, Take: 1), cancellationToken).AsTask().WaitAsync(Timeout, cancellationToken);
            return TypedResults.Ok(new HealthView("ok"));
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnhealthy(loggers.CreateLogger("FlowBuilder.Server.Health"), error);
            return ApiProblems.Create(StatusCodes.Status503ServiceUnavailable, "Unhealthy",
                "The instance store did not answer. Check the database (FlowBuilder:Database) and the server log.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Health check failed: the instance store did not answer")]
    private static partial void LogUnhealthy(ILogger logger, Exception error);
}
