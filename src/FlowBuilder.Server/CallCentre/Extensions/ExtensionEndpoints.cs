using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.CallCentre.Extensions;

internal static class ExtensionEndpoints
{
    public static async Task<Ok<IReadOnlyList<ExtensionView>>> ListAsync(IExtensionStore extensions, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await extensions.ListAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ExtensionView>>(list.Select(ExtensionView.From).ToList());
    }

    public static async Task<Results<Ok<ExtensionView>, ProblemHttpResult>> GetAsync(
        string number, IExtensionStore extensions, ICompanyContext company, CancellationToken cancellationToken)
    {
        var extension = await extensions.FindAsync(number, cancellationToken);
        return extension is null || extension.CompanyId != company.CompanyId ? NotFound(number) : TypedResults.Ok(ExtensionView.From(extension));
    }

    public static async Task<Results<Created<ExtensionView>, Ok<ExtensionView>, ProblemHttpResult>> PutAsync(
        string number, ExtensionRequest? request, IExtensionStore extensions, IExtensionGroupStore groups, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        if (!CallCentreNames.IsNumber(number))
            return ApiProblems.BadRequest($"'{number}' is not an extension number: use {CallCentreNames.NumberRule}.", ("path", "number"));
        if (request is null)
            return ApiProblems.BadRequest("Send the extension as a JSON body: { \"displayName\": \"...\", \"password\": \"...\" }.", ("path", "$"));
        var existing = await extensions.FindAsync(number, cancellationToken);
        if (existing is not null && existing.CompanyId != company.CompanyId)
            return Conflict(number, $"Extension number '{number}' is taken by another company's extension. Choose another number.");
        if (await groups.FindByNumberAsync(number, cancellationToken) is { } group)
            return Conflict(number, group.CompanyId == company.CompanyId
                ? $"Number '{number}' is taken by extension group '{group.Name}'. Choose another number or change the group's."
                : $"Number '{number}' is taken by another company's extension group. Choose another number.");
        var errors = new FieldErrors();
        var extension = ExtensionRules.Build(company.CompanyId, number, request, existing, errors);
        if (extension is null) return errors.ToProblem();
        try
        {
            await extensions.SaveAsync(extension, cancellationToken);
        }
        catch (CallCentreConflictException conflict)
        {
            return Conflict(number, conflict.Message);
        }
        var view = ExtensionView.From(extension);
        return existing is null ? TypedResults.Created($"/api/extensions/{number}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string number, IExtensionStore extensions, ICompanyContext company, CancellationToken cancellationToken) =>
        await extensions.DeleteAsync(company.CompanyId, number, cancellationToken) ? TypedResults.NoContent() : NotFound(number);

    private static ProblemHttpResult NotFound(string number) =>
        ApiProblems.NotFound("Extension not found", $"No extension '{number}' exists. List extensions at /api/extensions.", ("number", number));

    private static ProblemHttpResult Conflict(string number, string detail) =>
        ApiProblems.Conflict("Number taken", detail, ("path", "number"), ("number", number));
}
