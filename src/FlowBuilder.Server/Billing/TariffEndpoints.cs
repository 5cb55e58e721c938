using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Campaigns.Settings;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

/// <summary>The company's tariffs: per-minute rates by destination prefix. Click-to-call dials only destinations the company's tariff has.</summary>
internal static partial class TariffEndpoints
{
    private const string Example = "{ \"name\": \"Standard\", \"currency\": \"EUR\", \"rates\": [ { \"prefix\": \"49\", \"destination\": \"Germany\", \"pricePerMinute\": 0.02 } ] }";

    public static async Task<Ok<IReadOnlyList<TariffSummaryView>>> ListAsync([FromServices] ITariffStore store, ICompanyContext company, CancellationToken cancellationToken)
    {
        var tariffs = await store.ListAsync(company.CompanyId, cancellationToken);
        var views = new List<TariffSummaryView>(tariffs.Count);
        foreach (var tariff in tariffs)
        {
            // The list leaves the rates out; the count comes from the tariff itself.
            var full = await store.GetAsync(company.CompanyId, tariff.Id, cancellationToken);
            views.Add(new TariffSummaryView(tariff.Id, tariff.Name, tariff.Currency, full?.Rates.Count ?? 0));
        }
        return TypedResults.Ok<IReadOnlyList<TariffSummaryView>>(views);
    }

    public static async Task<Results<Ok<TariffView>, ProblemHttpResult>> GetAsync(string id, [FromServices] ITariffStore store, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        var tariff = await store.GetAsync(company.CompanyId, id, cancellationToken);
        return tariff is null ? NotFound(id) : TypedResults.Ok(TariffView.From(tariff));
    }

    public static async Task<Results<Created<TariffView>, ProblemHttpResult>> CreateAsync(TariffBody? body, [FromServices] ITariffStore store,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body is null) return ApiProblems.BadRequest($"Send the tariff as a JSON body: {Example}.", ("path", "$"));
        var errors = new ValidationErrors();
        var tariff = TariffRules.Build(company.CompanyId, CampaignIds.New(body.Name ?? "tariff"), body, time.GetUtcNow(), errors);
        if (tariff is null) return errors.ToProblem("Invalid tariff");
        await store.SaveAsync(tariff, cancellationToken);
        return TypedResults.Created($"/api/tariffs/{tariff.Id}", TariffView.From(tariff));
    }

    public static async Task<Results<Ok<TariffView>, ProblemHttpResult>> UpdateAsync(string id, TariffBody? body, [FromServices] ITariffStore store,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var existing = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (existing is null) return NotFound(id);
        if (body is null) return ApiProblems.BadRequest($"Send the tariff as a JSON body: {Example}.", ("path", "$"));
        var errors = new ValidationErrors();
        var tariff = TariffRules.Build(company.CompanyId, id, body, time.GetUtcNow(), errors);
        if (tariff is null) return errors.ToProblem("Invalid tariff");
        // A body written before action prices existed (no metricPrices, no minimumPayment) keeps the stored ones.
        tariff = tariff with
        {
            MetricPrices = body.MetricPrices is null ? existing.MetricPrices : tariff.MetricPrices,
            MinimumPayment = body.MinimumPayment is null ? existing.MinimumPayment : tariff.MinimumPayment,
        };
        await store.SaveAsync(tariff, cancellationToken);
        return TypedResults.Ok(TariffView.From(tariff));
    }

    /// <summary>409 while it is the company's tariff: click-to-call would refuse every destination.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, [FromServices] ITariffStore store, [FromServices] ICompanyStore companies,
        ICompanyContext company, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(company.CompanyId, id, cancellationToken) is null) return NotFound(id);
        if ((await companies.GetAsync(company.CompanyId, cancellationToken)).TariffId == id)
            return ApiProblems.Conflict("Tariff in use", $"Tariff '{id}' is the company's tariff. Pick another one at PUT /api/company first.", ("tariffId", id));
        return await store.DeleteAsync(company.CompanyId, id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);
    }

    private static ProblemHttpResult NotFound(string id) =>
        ApiProblems.NotFound("Tariff not found", $"No tariff '{id}' exists. List tariffs at /api/tariffs.", ("tariffId", id));
}
