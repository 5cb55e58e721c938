using FlowBuilder.Campaigns.Contacts;
using FlowBuilder.Engine.Campaigns.Contacts;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns.DoNotCall;

internal static class DoNotCallEndpoints
{
    public const int MaxLimit = 1000;

    public static async Task<Results<Ok<IReadOnlyList<DoNotCallView>>, ProblemHttpResult>> ListAsync(int? offset, int? limit, IDoNotCallList list,
        ICompanyContext company, CancellationToken cancellationToken)
    {
        if (offset < 0) return ApiProblems.BadRequest("offset must be 0 or more.", ("path", "offset"));
        if (limit is < 1 or > MaxLimit) return ApiProblems.BadRequest($"limit must be between 1 and {MaxLimit}.", ("path", "limit"));
        var entries = await list.ListAsync(company.CompanyId, offset ?? 0, limit ?? 100, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DoNotCallView>>(entries.Select(DoNotCallView.From).ToList());
    }

    public static async Task<Results<Created<DoNotCallView>, Ok<DoNotCallView>, ProblemHttpResult>> AddAsync(DoNotCallRequest request, IDoNotCallList list,
        ICompanyContext company, CancellationToken cancellationToken)
    {
        if (!ContactPhones.TryNormalize(request.Phone, Country(request.Country), out var phone, out var error))
            return ContactProblems.Invalid("Invalid number", "phone", error!);
        var existing = await FindAsync(list, company.CompanyId, phone.E164, cancellationToken);
        if (existing is not null) return TypedResults.Ok(DoNotCallView.From(existing));
        await list.AddAsync(company.CompanyId, phone.E164, "api", cancellationToken);
        var added = await FindAsync(list, company.CompanyId, phone.E164, cancellationToken);
        return TypedResults.Created($"/api/do-not-call/{Uri.EscapeDataString(phone.E164)}", DoNotCallView.From(added!));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(string phone, string? country, IDoNotCallList list, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        var number = ContactPhones.TryNormalize(phone, Country(country), out var normalized, out _) ? normalized.E164 : phone;
        return await list.RemoveAsync(company.CompanyId, number, cancellationToken)
            ? TypedResults.NoContent()
            : ApiProblems.NotFound("Number not listed", $"'{phone}' is not on the do-not-call list. See /api/do-not-call.", ("phone", number));
    }

    private static async Task<DoNotCallEntry?> FindAsync(IDoNotCallList list, string companyId, string phone, CancellationToken cancellationToken)
    {
        if (!await list.ContainsAsync(companyId, phone, cancellationToken)) return null;
        // The port lists in phone order; page until the number (lists are short next to contacts).
        for (var offset = 0; ; offset += DoNotCallEndpoints.MaxLimit)
        {
            var page = await list.ListAsync(companyId, offset, DoNotCallEndpoints.MaxLimit, cancellationToken);
            if (page.FirstOrDefault(e => e.Phone == phone) is { } entry) return entry;
            if (page.Count < DoNotCallEndpoints.MaxLimit) return null;
        }
    }

    private static string Country(string? country) => string.IsNullOrWhiteSpace(country) ? "US" : country.Trim().ToUpperInvariant();
}
