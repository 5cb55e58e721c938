using FlowBuilder.Engine.Accounts;
using FlowBuilder.Server.Accounts.Authentication;
using FlowBuilder.Server.Accounts.Users;
using FlowBuilder.Server.Campaigns;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Accounts.ApiKeys;

internal static class ApiKeyEndpoints
{
    public const int MaxNameLength = 100;

    public static async Task<Ok<IReadOnlyList<ApiKeyView>>> ListAsync(IApiKeyStore keys, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<ApiKeyView>>((await keys.ListAsync(company.CompanyId, cancellationToken)).Select(k => ApiKeyView.From(k, now)).ToList());
    }

    public static async Task<Results<Created<CreatedApiKeyView>, ProblemHttpResult>> CreateAsync(
        ApiKeyCreateRequest? request, HttpContext http, IApiKeyStore keys, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request?.Name) || request.Name.Trim().Length > MaxNameLength)
            errors.Add("name", $"name is missing or longer than {MaxNameLength} characters. Say what uses the key, e.g. 'CRM sync'.");
        var role = UserRules.ParseRole(request?.Role);
        if (role is null) errors.Add("role", UserRules.RoleProblem(request?.Role));
        if (request?.ExpiresAt is { } expires && expires <= now)
            errors.Add("expiresAt", $"expiresAt {expires:O} is not in the future. Leave it out for a key that does not expire.");
        if (errors.Any) return errors.ToProblem("Invalid API key");
        var token = ApiKeyToken.New();
        var key = new ApiKey(token.Id, company.CompanyId, request!.Name!.Trim(), role!.Value, token.SecretHash, now, CallerPrincipals.SubjectOf(http.User))
        {
            ExpiresAt = request.ExpiresAt,
        };
        await keys.SaveAsync(key, cancellationToken);
        return TypedResults.Created($"/api/api-keys/{key.Id}", CreatedApiKeyView.From(ApiKeyView.From(key, now), token.Value));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id, IApiKeyStore keys, ICompanyContext company, TimeProvider time, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(id, cancellationToken);
        if (key is null || key.CompanyId != company.CompanyId)
            return ApiProblems.NotFound("API key not found", $"No API key '{id}' in this company. GET /api/api-keys lists them.", ("keyId", id));
        if (key.RevokedAt is null) await keys.SaveAsync(key with { RevokedAt = time.GetUtcNow() }, cancellationToken);
        return TypedResults.NoContent();
    }
}
