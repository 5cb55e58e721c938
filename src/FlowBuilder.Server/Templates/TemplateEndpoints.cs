using FlowBuilder.Engine.Definitions;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Templates;

internal static class TemplateEndpoints
{
    public static async Task<Ok<IReadOnlyList<TemplateSummaryView>>> ListAsync(TemplateFolder folder, CancellationToken cancellationToken)
    {
        var templates = new List<TemplateSummaryView>();
        foreach (var id in folder.Ids())
            templates.Add(TemplateSummaryView.From(id, await folder.ReadAsync(id, cancellationToken)));
        return TypedResults.Ok<IReadOnlyList<TemplateSummaryView>>(
            templates.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList());
    }

    public static async Task<Results<Ok<FlowDefinition>, ProblemHttpResult>> GetAsync(string id, TemplateFolder folder, CancellationToken cancellationToken)
    {
        if (!folder.Ids().Contains(id, StringComparer.Ordinal))
            return ApiProblems.NotFound("Template not found",
                $"There is no template '{id}'. GET /api/templates lists the templates there are.", ("templateId", id));
        return TypedResults.Ok(await folder.ReadAsync(id, cancellationToken));
    }
}
