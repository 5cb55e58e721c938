using System.Security.Claims;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Companies;

/// <summary>The company's own profile: name, where notices go, the tariff that allows and prices destinations, invoice details.</summary>
internal static class CompanyEndpoints
{
    public const int MaxAddressLines = 8;

    public static async Task<Ok<CompanyView>> GetAsync([FromServices] ICompanyStore store, ICompanyContext company, CancellationToken cancellationToken) =>
        TypedResults.Ok(CompanyView.From(await store.GetAsync(company.CompanyId, cancellationToken)));

    public static async Task<Results<Ok<CompanyView>, ProblemHttpResult>> UpdateAsync(CompanyBody? body, [FromServices] ICompanyStore store,
        [FromServices] ITariffStore tariffs, ICompanyContext company, ClaimsPrincipal user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (body is null)
            return ApiProblems.BadRequest("Send the company as a JSON body: { \"name\": \"Acme Ltd\", \"email\": \"office@acme.example\", \"tariffId\": \"...\" }.", ("path", "$"));
        var current = await store.GetAsync(company.CompanyId, cancellationToken);
        var requestedTariff = string.IsNullOrWhiteSpace(body.TariffId) ? null : body.TariffId.Trim();
        if (!TariffAssignment.MayAssign(user))
        {
            // Company admins edit their profile but not their price list: a missing tariffId keeps the tariff, another one is refused.
            if (requestedTariff is not null && requestedTariff != current.TariffId) return TariffAssignment.Refused(current.TariffId, requestedTariff);
            body = body with { TariffId = current.TariffId };
        }
        var errors = new ValidationErrors();
        var name = body.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", "name is missing. Give the company's name as invoices show it.");
        else if (name.Length > 200) errors.Add("name", "name is longer than 200 characters.");
        var email = string.IsNullOrWhiteSpace(body.Email) ? null : body.Email.Trim();
        if (email is not null && !EmailAddresses.IsValid(email))
            errors.Add("email", $"email '{email}' is not an e-mail address. Write one address, e.g. office@example.com, or leave it out to send no notices.");
        var tariffId = string.IsNullOrWhiteSpace(body.TariffId) ? null : body.TariffId.Trim();
        if (tariffId is not null && await tariffs.GetAsync(company.CompanyId, tariffId, cancellationToken) is null)
            errors.Add("tariffId", $"No tariff '{tariffId}' exists. Create it at /api/tariffs first, or pick one from there.");
        var zone = string.IsNullOrWhiteSpace(body.TimeZone) ? "UTC" : body.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            errors.Add("timeZone", $"Unknown time zone '{zone}'. Use an IANA name such as Europe/Berlin.");
        var address = (body.Address ?? []).Select(line => line?.Trim() ?? "").Where(line => line.Length > 0).ToList();
        if (address.Count > MaxAddressLines) errors.Add("address", $"address has {address.Count} lines; invoices print at most {MaxAddressLines}.");
        if (address.Any(line => line.Length > 200)) errors.Add("address", "An address line is longer than 200 characters.");
        var taxId = string.IsNullOrWhiteSpace(body.TaxId) ? null : body.TaxId.Trim();
        if (taxId is { Length: > 50 }) errors.Add("taxId", "taxId is longer than 50 characters.");
        if (errors.Any) return errors.ToProblem("Invalid company");
        var profile = new CompanyProfile(company.CompanyId, name!, email, tariffId, zone) { Address = address, TaxId = taxId, UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(profile, cancellationToken);
        return TypedResults.Ok(CompanyView.From(profile));
    }
}
