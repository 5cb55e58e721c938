using System.Text.RegularExpressions;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Persistence;
using FlowBuilder.Server.Companies;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.CallCentre.CallerLists;

internal static partial class CallerListEndpoints
{
    public const int MaxNoteLength = 500;

    public static async Task<Results<Ok<IReadOnlyList<CallerListEntryView>>, ProblemHttpResult>> ListAsync(
        string list, ICallerListStore callers, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (CallerListNames.Parse(list) is not { } kind) return UnknownList(list);
        var entries = await callers.ListAsync(company.CompanyId, kind, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CallerListEntryView>>(entries.Select(CallerListEntryView.From).ToList());
    }

    public static async Task<Results<Ok<CallerListEntryView>, ProblemHttpResult>> GetAsync(
        string list, string number, ICallerListStore callers, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (CallerListNames.Parse(list) is not { } kind) return UnknownList(list);
        var entry = await callers.FindAsync(company.CompanyId, number, cancellationToken);
        return entry is null || entry.Kind != kind ? NotFound(list, number) : TypedResults.Ok(CallerListEntryView.From(entry));
    }

    public static async Task<Results<Created<CallerListEntryView>, Ok<CallerListEntryView>, ProblemHttpResult>> PutAsync(
        string list, string number, CallerListRequest? request, ICallerListStore callers, IFlowRepository flows, ICompanyContext company,
        CancellationToken cancellationToken)
    {
        if (CallerListNames.Parse(list) is not { } kind) return UnknownList(list);
        var normalized = CallerNumbers.Normalize(number);
        if (!NumberPattern().IsMatch(normalized))
            return ApiProblems.BadRequest($"'{number}' is not a phone number. Give the caller's number with 2 to 20 digits, e.g. +15551234567.", ("path", "number"));
        var errors = new FieldErrors();
        var flowId = string.IsNullOrWhiteSpace(request?.FlowId) ? null : request.FlowId.Trim();
        var note = string.IsNullOrWhiteSpace(request?.Note) ? null : request.Note.Trim();
        if (flowId is not null && kind == CallerListKind.Blocked)
            errors.Add("$.flowId", "Blocked callers are refused before any flow runs, so flowId does not apply. Leave it out, or list the number as allowed.");
        if (note is { Length: > MaxNoteLength }) errors.Add("$.note", $"note is longer than {MaxNoteLength} characters.");
        if (errors.Any) return errors.ToProblem();
        if (flowId is not null && await flows.GetAsync(company.CompanyId, flowId, cancellationToken) is null)
            return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, "Unknown flow",
                $"flowId '{flowId}' names no flow of this company. Create the flow first (list them at /api/flows), or leave flowId out.", ("path", "$.flowId"), ("flowId", flowId));
        var existing = await callers.FindAsync(company.CompanyId, normalized, cancellationToken);
        var entry = new CallerListEntry(company.CompanyId, normalized, kind, flowId, note);
        await callers.SaveAsync(entry, cancellationToken);
        var view = CallerListEntryView.From(entry);
        return existing is null || existing.Kind != kind
            ? TypedResults.Created($"/api/caller-lists/{list.ToLowerInvariant()}/{Uri.EscapeDataString(normalized)}", view)
            : TypedResults.Ok(view);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string list, string number, ICallerListStore callers, ICompanyContext company, CancellationToken cancellationToken)
    {
        if (CallerListNames.Parse(list) is not { } kind) return UnknownList(list);
        var entry = await callers.FindAsync(company.CompanyId, number, cancellationToken);
        if (entry is null || entry.Kind != kind) return NotFound(list, number);
        await callers.DeleteAsync(company.CompanyId, number, cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownList(string list) =>
        ApiProblems.NotFound("Caller list not found", $"There is no caller list '{list}'. Use /api/caller-lists/blocked or /api/caller-lists/allowed.", ("path", "list"));

    private static ProblemHttpResult NotFound(string list, string number) =>
        ApiProblems.NotFound("Number not listed", $"'{number}' is not on the {list} list. List it at /api/caller-lists/{list}.", ("number", CallerNumbers.Normalize(number)));

    [GeneratedRegex(@"^\+?[0-9]{2,20}$")]
    private static partial Regex NumberPattern();
}
