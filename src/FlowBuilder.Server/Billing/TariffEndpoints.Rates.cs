using System.Text;
using FlowBuilder.Billing.Tariffs;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Campaigns.Imports;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Billing;

internal static partial class TariffEndpoints
{
    /// <summary>Replaces the tariff's rates with those of a CSV file (a text/csv body, or the multipart part named "file"); 422 lists
    /// every bad line ("line 3": what is wrong) and nothing changes.</summary>
    public static async Task<Results<Ok<TariffView>, ProblemHttpResult>> UploadRatesAsync(string id, HttpRequest request, [FromServices] ITariffStore store,
        ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var tariff = await store.GetAsync(company.CompanyId, id, cancellationToken);
        if (tariff is null) return NotFound(id);
        string? csv = null;
        if (MultipartUploads.IsMultipart(request))
        {
            await MultipartUploads.ReadAsync(request, async (file, ct) =>
            {
                using var reader = new StreamReader(file, Encoding.UTF8);
                csv = await reader.ReadToEndAsync(ct);
                return csv.Length;
            }, cancellationToken);
            if (csv is null) return ApiProblems.BadRequest("The form has no part named 'file'. Send the rates CSV as the 'file' part, or as a text/csv body.", ("path", "file"));
        }
        else
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            csv = await reader.ReadToEndAsync(cancellationToken);
        }
        IReadOnlyList<TariffRate> rates;
        try
        {
            rates = TariffCsv.Parse(csv);
        }
        catch (InvalidTariffException invalid)
        {
            var errors = new ValidationErrors();
            foreach (var error in invalid.Errors) errors.Add(error.Line is { } line ? $"line {line}" : error.Field, error.Message);
            return errors.ToProblem("Invalid rates file");
        }
        var updated = tariff with { Rates = rates, UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(updated, cancellationToken);
        return TypedResults.Ok(TariffView.From(updated));
    }
}
