namespace FlowBuilder.Campaigns.Operators;

/// <summary>The refusals of <see cref="IOperatorDesk"/> commands, with the problem codes the API maps to 404, 409 and 422.</summary>
internal static class OperatorResults
{
    public static OperatorCommandResult NotLoggedIn(string extension) =>
        new(null, "not-found", $"Extension {extension} is not logged in to a campaign: log in on the operator page first.");

    public static OperatorCommandResult NotFound(OperatorView? view, string error) => new(view, "not-found", error);

    public static OperatorCommandResult Conflict(OperatorView? view, string error) => new(view, "conflict", error);

    public static OperatorCommandResult Invalid(OperatorView? view, string error) => new(view, "invalid", error);
}
