using FlowBuilder.Engine.Messaging;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Sms;

internal static class SmsOptOutEndpoints
{
    public static async Task<Ok<IReadOnlyList<SmsOptOutView>>> ListAsync(ISmsOptOutStore optOuts, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await optOuts.ListAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<SmsOptOutView>>(list.Select(SmsOptOutView.From).ToList());
    }

    public static async Task<Results<Created<SmsOptOutView>, Ok<SmsOptOutView>, ProblemHttpResult>> PutAsync(
        string number, ISmsOptOutStore optOuts, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var normalized = SmsNumbers.Normalize(number);
        if (!SmsNumberFormat.IsNumber(normalized))
            return ApiProblems.BadRequest($"'{number}' is not a phone number. Give 2 to 20 digits, optionally with a leading '+', e.g. +447700900123.", ("path", "number"));
        var existing = await optOuts.FindAsync(company.CompanyId, normalized, cancellationToken);
        if (existing is not null) return TypedResults.Ok(SmsOptOutView.From(existing));
        var optOut = new SmsOptOut(company.CompanyId, normalized, time.GetUtcNow(), "api");
        await optOuts.SaveAsync(optOut, cancellationToken);
        return TypedResults.Created($"/api/sms/opt-outs/{normalized}", SmsOptOutView.From(optOut));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string number, ISmsOptOutStore optOuts, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (!await optOuts.DeleteAsync(company.CompanyId, number, cancellationToken))
            return ApiProblems.NotFound("Number not opted out", $"'{number}' is not on the opt-out list. See /api/sms/opt-outs.", ("number", SmsNumbers.Normalize(number)));
        return TypedResults.NoContent();
    }
}
