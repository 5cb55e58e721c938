using System.Security.Cryptography;
using System.Text;
using FlowBuilder.Campaigns.Operators;
using FlowBuilder.Engine.CallCentre;
using FlowBuilder.Engine.Campaigns;
using FlowBuilder.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>The operator page's API: sign in with the extension's SIP password, then steer one's own state through the desk.</summary>
internal static class OperatorPageEndpoints
{
    public const int MaxNotesLength = 4000;

    public static async Task<Results<Created<OperatorSessionView>, ProblemHttpResult>> SignInAsync(
        OperatorSessionRequest? request, IExtensionStore extensions, [FromServices] ICampaignStore store, [FromServices] IOperatorDesk desk,
        [FromServices] OperatorSessions sessions, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request?.Extension)) errors.Add("extension", "extension is missing. Give your extension number.");
        if (string.IsNullOrEmpty(request?.Password)) errors.Add("password", "password is missing. Give your extension's SIP password.");
        if (string.IsNullOrWhiteSpace(request?.CampaignId)) errors.Add("campaignId", "campaignId is missing. Say which campaign you work on.");
        if (errors.Any) return errors.ToProblem("Invalid sign-in");
        var number = request!.Extension!.Trim();
        var campaignId = request.CampaignId!.Trim();
        var extension = await extensions.FindAsync(number, cancellationToken);
        if (extension is null || !extension.Enabled || !SamePassword(extension.Password, request.Password!))
            return ApiProblems.Create(StatusCodes.Status401Unauthorized, "Wrong extension or password",
                "The extension and password do not match an enabled extension. Use the SIP password your softphone registers with.");
        var companyId = extension.CompanyId;
        var campaign = await store.GetAsync(companyId, campaignId, cancellationToken);
        if (campaign is null) return CampaignProblems.NotFound(campaignId);
        if (!campaign.Operators.Contains(number, StringComparer.Ordinal))
            return ApiProblems.Create(StatusCodes.Status403Forbidden, "Not an operator of this campaign",
                $"Extension {number} is not one of campaign '{campaignId}'s operators. Ask the campaign's owner to add it.", ("campaignId", campaignId), ("extension", number));
        var login = await desk.LoginAsync(companyId, campaignId, number, cancellationToken);
        if (!login.Succeeded || login.View is null) return Problem(login, number);
        var session = sessions.Open(companyId, campaignId, number);
        return TypedResults.Created("/api/operator/me", new OperatorSessionView(session.Token, session.ExpiresAt, login.View));
    }

    public static Results<Ok<OperatorView>, ProblemHttpResult> Me(HttpContext http, [FromServices] IOperatorDesk desk)
    {
        var session = OperatorSession.From(http);
        return desk.Get(session.Extension) is { } view ? TypedResults.Ok(view) : NotSignedIn(session.Extension);
    }

    public static Task<Results<Ok<OperatorView>, ProblemHttpResult>> ReadyAsync(HttpContext http, [FromServices] IOperatorDesk desk, CancellationToken cancellationToken) =>
        RunAsync(http, extension => desk.ReadyAsync(extension, cancellationToken));

    public static Task<Results<Ok<OperatorView>, ProblemHttpResult>> PauseAsync(HttpContext http, [FromServices] IOperatorDesk desk, CancellationToken cancellationToken) =>
        RunAsync(http, extension => desk.PauseAsync(extension, cancellationToken));

    public static Task<Results<Ok<OperatorView>, ProblemHttpResult>> CallAsync(HttpContext http, [FromServices] IOperatorDesk desk, CancellationToken cancellationToken) =>
        RunAsync(http, extension => desk.CallAsync(extension, cancellationToken));

    public static Task<Results<Ok<OperatorView>, ProblemHttpResult>> SkipAsync(HttpContext http, [FromServices] IOperatorDesk desk, CancellationToken cancellationToken) =>
        RunAsync(http, extension => desk.SkipAsync(extension, cancellationToken));

    public static async Task<Results<Ok<OperatorView>, ProblemHttpResult>> DispositionAsync(
        HttpContext http, DispositionRequest? request, [FromServices] IOperatorDesk desk, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request?.AttemptId)) errors.Add("attemptId", "attemptId is missing. Send the attempt the form is about (the operator view's attemptId).");
        if (string.IsNullOrWhiteSpace(request?.Code)) errors.Add("code", "code is missing. Choose one of the campaign's disposition codes (the operator view's dispositionCodes).");
        if (request?.Notes is { Length: > MaxNotesLength }) errors.Add("notes", $"notes is longer than {MaxNotesLength} characters.");
        if (errors.Any) return errors.ToProblem("Invalid disposition");
        return await RunAsync(http, extension => desk.SubmitDispositionAsync(extension, request!.AttemptId!.Trim(), request.Code!.Trim(), request.Notes, cancellationToken));
    }

    public static async Task<NoContent> SignOutAsync(HttpContext http, [FromServices] IOperatorDesk desk, [FromServices] OperatorSessions sessions, CancellationToken cancellationToken)
    {
        var session = OperatorSession.From(http);
        await desk.LogoutAsync(session.Extension, cancellationToken);
        sessions.Close(session.Token);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<OperatorView>, ProblemHttpResult>> RunAsync(HttpContext http, Func<string, ValueTask<OperatorCommandResult>> command)
    {
        var session = OperatorSession.From(http);
        var result = await command(session.Extension);
        return result.Succeeded && result.View is not null ? TypedResults.Ok(result.View) : Problem(result, session.Extension);
    }

    /// <summary>A refused desk command: <c>not-found</c> → 404, <c>conflict</c> → 409, <c>invalid</c> → 422.</summary>
    private static ProblemHttpResult Problem(OperatorCommandResult result, string extension) => result.Problem switch
    {
        "not-found" => ApiProblems.NotFound("Not found", result.Error ?? $"Nothing to act on for operator {extension}.", ("extension", extension)),
        "conflict" => ApiProblems.Conflict("Not now", result.Error ?? $"Operator {extension} cannot do that in their current state.", ("extension", extension)),
        _ => ValidationErrors.One("operator", result.Error ?? $"Operator {extension}'s request was refused.", "Refused"),
    };

    private static ProblemHttpResult NotSignedIn(string extension) =>
        ApiProblems.NotFound("Operator not signed in", $"Operator {extension} is not in a campaign now. Sign in again at POST /api/operator/session.", ("extension", extension));

    private static bool SamePassword(string stored, string given) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(stored)), SHA256.HashData(Encoding.UTF8.GetBytes(given)));
}
