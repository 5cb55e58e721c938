using FlowBuilder.Server.Problems;

namespace FlowBuilder.Server.Campaigns.OperatorPage;

/// <summary>Lets a request through only with <c>Authorization: Bearer &lt;token&gt;</c> of a live operator session (401 otherwise),
/// and hands the session to the endpoint (<see cref="OperatorSession.From"/>).</summary>
internal sealed class OperatorAuthentication(OperatorSessions sessions) : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
        var session = sessions.Find(token);
        if (session is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiProblems.Create(StatusCodes.Status401Unauthorized, "Not signed in",
                token is null
                    ? "Send the operator session's token as 'Authorization: Bearer <token>'. Get one from POST /api/operator/session."
                    : "The operator session has ended or expired. Sign in again at POST /api/operator/session.");
        }
        http.Items[typeof(OperatorSession)] = session;
        return await next(context);
    }
}
