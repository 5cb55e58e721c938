using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.CallCentre.Groups;

internal static class GroupEndpoints
{
    public const int MaxMembers = 100;

    public static async Task<Ok<IReadOnlyList<GroupView>>> ListAsync(IExtensionGroupStore groups, ICompanyContext company, CancellationToken cancellationToken)
    {
        var list = await groups.ListAsync(company.CompanyId, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<GroupView>>(list.Select(GroupView.From).ToList());
    }

    public static async Task<Results<Ok<GroupView>, ProblemHttpResult>> GetAsync(
        string name, IExtensionGroupStore groups, ICompanyContext company, CancellationToken cancellationToken) =>
        await groups.FindAsync(company.CompanyId, name, cancellationToken) is { } group ? TypedResults.Ok(GroupView.From(group)) : NotFound(name);

    public static async Task<Results<Created<GroupView>, Ok<GroupView>, ProblemHttpResult>> PutAsync(
        string name, GroupRequest? request, IExtensionGroupStore groups, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        if (!CallCentreNames.IsName(name))
            return ApiProblems.BadRequest($"'{name}' is not a usable group name: use {CallCentreNames.NameRule}.", ("path", "name"));
        if (request is null)
            return ApiProblems.BadRequest("Send the group as a JSON body: { \"members\": [\"101\", \"102\"], \"ringMode\": \"simultaneous\" }.", ("path", "$"));
        var errors = new FieldErrors();
        var group = Build(company.CompanyId, name, request, errors);
        if (group is null) return errors.ToProblem();
        var existing = await groups.FindAsync(company.CompanyId, name, cancellationToken);
        try
        {
            await groups.SaveAsync(group, cancellationToken);
        }
        catch (CallCentreConflictException conflict)
        {
            return ApiProblems.Conflict("Number taken", $"{conflict.Message} Choose another number for group '{name}'.", ("path", "$.number"), ("number", group.Number));
        }
        var view = GroupView.From(group);
        return existing is null ? TypedResults.Created($"/api/extension-groups/{name}", view) : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string name, IExtensionGroupStore groups, ICompanyContext company, CancellationToken cancellationToken) =>
        await groups.DeleteAsync(company.CompanyId, name, cancellationToken) ? TypedResults.NoContent() : NotFound(name);

    private static ExtensionGroup? Build(string companyId, string name, GroupRequest request, FieldErrors errors)
    {
        var members = new List<string>();
        if (request.Members is null || request.Members.Count == 0)
            errors.Add("$.members", "members is empty. List at least one call target: an extension number, group:NAME or an outside number.");
        else if (request.Members.Count > MaxMembers) errors.Add("$.members", $"A group has at most {MaxMembers} members; this one lists {request.Members.Count}.");
        for (var i = 0; i < (request.Members?.Count ?? 0); i++)
        {
            var member = request.Members![i]?.Trim();
            if (CallCentreNames.TargetProblem($"members[{i}]", member) is { } problem) errors.Add($"$.members[{i}]", problem);
            else if (members.Contains(member!)) errors.Add($"$.members[{i}]", $"members[{i}] '{member}' is listed twice. List each member once.");
            else members.Add(member!);
        }
        var ringMode = GroupRingMode.Simultaneous;
        switch (request.RingMode?.Trim().ToLowerInvariant())
        {
            case null or "simultaneous":
                break;
            case "sequential":
                ringMode = GroupRingMode.Sequential;
                break;
            default:
                errors.Add("$.ringMode", $"Unknown ringMode '{request.RingMode}'. Use simultaneous or sequential.");
                break;
        }
        errors.Range("$.ringSeconds", "ringSeconds", request.RingSeconds, 5, 300);
        var number = string.IsNullOrWhiteSpace(request.Number) ? null : request.Number.Trim();
        if (number is not null && !CallCentreNames.IsNumber(number))
            errors.Add("$.number", $"'{number}' is not an internal number: use {CallCentreNames.NumberRule}, or leave number out.");
        return errors.Any ? null : new ExtensionGroup(companyId, name, members, ringMode, request.RingSeconds ?? 20, number);
    }

    private static ProblemHttpResult NotFound(string name) =>
        ApiProblems.NotFound("Extension group not found", $"No extension group '{name}' exists. List groups at /api/extension-groups.", ("name", name));
}
