using System.Text.Json;
using FlowBuilder.Engine.Definitions;
using FlowBuilder.Engine.Expressions;
using FlowBuilder.Engine.Flows;
using FlowBuilder.Engine.Runtime;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Hosting;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FlowBuilder.Server.Instances;

internal static class RunEndpoint
{
    public static async Task<Results<Created<RunResultView>, ProblemHttpResult>> RunAsync(
        string id, RunRequest? request, FlowCatalog catalog, FlowEngine engine, ICompanyContext company,
        IOptions<ServerOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        request ??= new RunRequest(null, null, null, null);
        var flow = await catalog.GetAsync(company.CompanyId, id, cancellationToken);
        if (request.Version is { } number)
        {
            if (flow.Status == FlowStatus.Archived) throw new FlowArchivedException(id);
            var version = await catalog.GetVersionAsync(company.CompanyId, id, number, cancellationToken);
            if (version.Retracted)
                return ApiProblems.Conflict("Version retracted", $"Version {number} of flow '{id}' was retracted and starts no new instances. Run the published version, or publish again.", ("flowId", id));
        }
        var input = request.Input?.ToDictionary(p => p.Key, p => FlowValues.FromJson(p.Value), StringComparer.Ordinal);
        var trigger = request.Trigger is { ValueKind: not JsonValueKind.Null } payload ? FlowValues.FromJson(payload) : null;
        var handle = await engine.StartAsync(new StartRequest(company.CompanyId, id, request.Version, input, trigger, request.CorrelationId), cancellationToken);
        var view = RunResultView.Running(handle.InstanceId, id);
        if (request.Wait ?? true)
        {
            try
            {
                view = RunResultView.From(await handle.Settled.WaitAsync(options.Value.RunWait, time, cancellationToken), id);
            }
            catch (TimeoutException)
            {
                // Still running: the caller follows it at the Location.
            }
        }
        return TypedResults.Created($"/api/instances/{handle.InstanceId}", view);
    }
}
