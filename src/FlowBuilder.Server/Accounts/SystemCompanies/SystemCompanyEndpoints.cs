using System.Text;
using FlowBuilder.Engine.Accounts;
using FlowBuilder.Engine.Billing;
using FlowBuilder.Engine.Companies;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Users;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Accounts.SystemCompanies;

internal static class SystemCompanyEndpoints
{
    public const string DefaultCurrency = "EUR";
    public const int MaxIdLength = 40;

    public static async Task<Ok<IReadOnlyList<SystemCompanyView>>> ListAsync(
        ICompanyStore companies, IUserStore users, [FromServices] ITariffStore tariffs, [FromServices] IBillingLedger ledger, CancellationToken cancellationToken)
    {
        var views = new List<SystemCompanyView>();
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            var tariff = company.TariffId is null ? null : await tariffs.GetAsync(company.Id, company.TariffId, cancellationToken);
            var account = await ledger.GetAccountAsync(company.Id, tariff?.Currency ?? DefaultCurrency, cancellationToken);
            var count = (await users.ListAsync(company.Id, cancellationToken)).Count;
            views.Add(new SystemCompanyView(company.Id, company.Name, company.Email, company.TariffId, company.TimeZone, account.Currency, account.Balance,
                account.CreditLimit, account.Available, count));
        }

        return TypedResults.Ok<IReadOnlyList<SystemCompanyView>>(views);
    }

    public static async Task<Results<Created<SystemCompanyView>, ProblemHttpResult>> CreateAsync(
        CompanyCreateRequest? request, ICompanyStore companies, IUserStore users, [FromServices] ITariffStore tariffs, [FromServices] IBillingLedger ledger,
        Passwords passwords, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request?.Name)) errors.Add("name", "name is missing. Give the company's name.");
        var id = string.IsNullOrWhiteSpace(request?.Id) ? Slug(request?.Name) : request.Id.Trim();
        if (request?.Name is not null && !IsId(id))
            errors.Add("id", $"id '{id}' must be 1 to {MaxIdLength} lower-case letters, digits or dashes. Give one, e.g. 'acme'.");
        if (request?.Email is { Length: > 0 } email && !UserRules.IsEmail(email)) errors.Add("email", $"email '{email}' is not an e-mail address.");
        var zone = string.IsNullOrWhiteSpace(request?.TimeZone) ? "UTC" : request.TimeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)) errors.Add("timeZone", $"timeZone '{zone}' is unknown. Give an IANA name such as Europe/Berlin.");
        if (request?.CreditLimit is < 0) errors.Add("creditLimit", "creditLimit must be 0 or more (how far below zero the balance may go).");
        if (request?.Admin is null) errors.Add("admin", "admin is missing. Give the company's first Admin: {email, name, password}.");
        else UserRules.CheckNameEmailPassword(errors, request.Admin.Name, request.Admin.Email, request.Admin.Password, "admin.");
        var tariffId = string.IsNullOrWhiteSpace(request?.TariffId) ? null : request.TariffId.Trim();
        Tariff? tariff = null;
        if (tariffId is not null && id is not null)
        {
            tariff = await tariffs.GetAsync(id, tariffId, cancellationToken);
            if (tariff is null) errors.Add("tariffId", $"tariffId '{tariffId}' is not a tariff of company '{id}'. Create the tariff first, or leave tariffId out.");
        }

        if (errors.Any) return errors.ToProblem("Invalid company");
        if (await companies.ExistsAsync(id!, cancellationToken))
            return ApiProblems.Conflict("Company exists", $"A company with id '{id}' already exists. Give another id.", ("companyId", id));
        if (await users.FindByEmailAsync(request!.Admin!.Email!.Trim(), cancellationToken) is not null)
            return ValidationErrors.One("admin.email", $"A user with e-mail {request.Admin.Email.Trim()} already exists. E-mail addresses are unique: use another one.", "Invalid company");

        var now = time.GetUtcNow();
        var profile = new CompanyProfile(id!, request.Name!.Trim(), string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(), tariffId, zone) { UpdatedAt = now };
        var admin = new UserAccount(Guid.NewGuid().ToString("N"), id!, request.Admin.Email!.Trim().ToLowerInvariant(), request.Admin.Name!.Trim(), Role.Admin, "")
        {
            CreatedAt = now,
        };
        admin = admin with { PasswordHash = passwords.Hash(admin, request.Admin.Password!) };
        try
        {
            await users.SaveAsync(admin, cancellationToken);
        }
        catch (DuplicateEmailException duplicate)
        {
            return ValidationErrors.One("admin.email", $"A user with e-mail {duplicate.Email} already exists. E-mail addresses are unique: use another one.", "Invalid company");
        }

        await companies.SaveAsync(profile, cancellationToken);
        var account = await ledger.GetAccountAsync(id!, tariff?.Currency ?? DefaultCurrency, cancellationToken);
        account = account with { CreditLimit = request.CreditLimit ?? 0m, UpdatedAt = now };
        await ledger.SaveSettingsAsync(account, cancellationToken);
        return TypedResults.Created($"/api/system/companies/{id}", new SystemCompanyView(profile.Id, profile.Name, profile.Email, profile.TariffId, profile.TimeZone,
            account.Currency, account.Balance, account.CreditLimit, account.Available, 1));
    }

    /// <summary>"Acme Ltd." → "acme-ltd".</summary>
    public static string? Slug(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(c);
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var text = slug.ToString().Trim('-');
        return text.Length > MaxIdLength ? text[..MaxIdLength].TrimEnd('-') : text;
    }

    private static bool IsId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}
