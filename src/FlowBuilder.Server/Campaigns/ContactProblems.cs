using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowBuilder.Server.Campaigns;

/// <summary>The problems the contacts API answers with: 422 with <c>errors: {field: [message]}</c>, and 404s naming the id.</summary>
internal static class ContactProblems
{
    public static ProblemHttpResult Invalid(string title, Dictionary<string, List<string>> errors)
    {
        var (field, messages) = errors.First();
        var detail = errors.Count == 1 && messages.Count == 1 ? messages[0] : $"{messages[0]} (and more in \"errors\".)";
        return ApiProblems.Create(StatusCodes.Status422UnprocessableEntity, title, detail, ("path", field), ("errors", errors));
    }

    public static ProblemHttpResult Invalid(string title, string field, string message) => Invalid(title, new Dictionary<string, List<string>> { [field] = [message] });

    public static ProblemHttpResult GroupNotFound(string groupId) =>
        ApiProblems.NotFound("Group not found", $"There is no subscriber group '{groupId}'. List them at /api/groups.", ("groupId", groupId));

    public static ProblemHttpResult ImportNotFound(string importId) =>
        ApiProblems.NotFound("Import not found", $"There is no import '{importId}' (imports are kept until the server restarts).", ("importId", importId));

    public static ProblemHttpResult InfoDatabaseNotFound(string databaseId) =>
        ApiProblems.NotFound("Information database not found", $"There is no information database '{databaseId}'. List them at /api/info-databases.", ("databaseId", databaseId));
}
