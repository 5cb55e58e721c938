using FlowBuilder.Campaigns.ClickToCall.Intake;
using FlowBuilder.Campaigns.ClickToCall.Reports;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.ClickToCall;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.ClickToCall.Requests;

/// <summary>The company's callback requests: list, detail, call back, cancel, CSV.</summary>
internal static class CallbackRequestEndpoints
{
    public static async Task<Results<Ok<CallbackRequestPageView>, ProblemHttpResult>> ListAsync([AsParameters] RequestFilters filters,
        [FromServices] ICallbackRequestStore store, [FromServices] CallbackRequestViews views, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (filters.TryQuery(company.CompanyId, out var query) is { } bad) return bad;
        var page = await store.ListAsync(query, cancellationToken);
        return TypedResults.Ok(new CallbackRequestPageView(await views.BuildAsync(company.CompanyId, page.Items, cancellationToken), page.Total));
    }

    public static async Task<Results<Ok<CallbackRequestView>, ProblemHttpResult>> GetAsync(string id, [FromServices] ICallbackRequestStore store,
        [FromServices] CallbackRequestViews views, ICompanyContext company, CancellationToken cancellationToken)
    {
        var request = await store.GetAsync(company.CompanyId, id, cancellationToken);
        return request is null ? ClickToCallProblems.RequestNotFound(id) : TypedResults.Ok(await views.BuildAsync(request, cancellationToken));
    }

    /// <summary>A failed request is queued again, company first; 409 when it is not failed.</summary>
    public static async Task<Results<Accepted<CallbackRequestView>, ProblemHttpResult>> CallBackAsync(string id, CallbackBody? body,
        [FromServices] IClickToCallRequests intake, [FromServices] CallTargets targets, [FromServices] CallbackRequestViews views, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        var target = string.IsNullOrWhiteSpace(body?.Operator) ? null : body.Operator.Trim();
        if (target is not null && await targets.ResolveAsync(company.CompanyId, target, cancellationToken) is { Succeeded: false } resolution)
            return ValidationErrors.One("operator", resolution.Error ?? $"'{target}' is not a call target.", "Invalid call back");
        CallbackRequest request;
        try
        {
            request = await intake.CallBackAsync(company.CompanyId, id, target, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return ClickToCallProblems.RequestNotFound(id);
        }
        catch (InvalidOperationException conflict)
        {
            return ClickToCallProblems.RequestConflict(id, conflict.Message);
        }
        return TypedResults.Accepted($"/api/click-to-call/requests/{id}", await views.BuildAsync(request, cancellationToken));
    }

    /// <summary>Waiting or failed → cancelled: never dialled again.</summary>
    public static async Task<Results<Ok<CallbackRequestView>, ProblemHttpResult>> CancelAsync(string id, [FromServices] ICallbackRequestStore store,
        [FromServices] CallbackRequestViews views, ICompanyContext company, CancellationToken cancellationToken)
    {
        var request = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (request is null) return ClickToCallProblems.RequestNotFound(id);
        if (!await store.CancelAsync(company.CompanyId, id, "Cancelled by the company.", cancellationToken))
            return ClickToCallProblems.RequestConflict(id, $"Request '{id}' is {StatusName(request.Status)}: only waiting or failed requests can be cancelled.");
        var cancelled = await store.GetAsync(company.CompanyId, id, cancellationToken) ?? request with { Status = CallbackRequestStatus.Cancelled };
        return TypedResults.Ok(await views.BuildAsync(cancelled, cancellationToken));
    }

    /// <summary>Every request the filters select (paging ignored), as UTF-8 CSV with a header row.</summary>
    public static IResult CsvAsync([AsParameters] RequestFilters filters, [FromServices] IClickToCallReports reports, ICompanyContext company, HttpContext http)
    {
        if (filters.TryQuery(company.CompanyId, out var query) is { } bad) return bad;
        return TypedResults.Stream(stream => reports.WriteCsvAsync(query, stream, http.RequestAborted).AsTask(), "text/csv; charset=utf-8", "click-to-call-requests.csv");
    }

    /// <summary>Statuses as people read them: FAILED CALLING CLIENT.</summary>
    public static string StatusName(CallbackRequestStatus status) => status switch
    {
        CallbackRequestStatus.FailedCallingClient => "FAILED CALLING CLIENT",
        CallbackRequestStatus.FailedCallingCompany => "FAILED CALLING COMPANY",
        _ => status.ToString().ToUpperInvariant(),
    };
}
