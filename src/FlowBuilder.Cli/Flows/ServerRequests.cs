namespace FlowBuilder.Cli.Flows;

/// <summary>Sends one request to a FlowBuilder server asking for JSON or ProblemDetails, and turns a failure to reach it into a
/// <see cref="ServerReply"/> that says what to do.</summary>
internal static class ServerRequests
{
    public static async Task<ServerReply> SendAsync(HttpClient http, Uri server, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd("application/json");
            request.Headers.Accept.ParseAdd("application/problem+json");
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return new ServerReply((int)response.StatusCode, response.ReasonPhrase, body, null);
            }
            catch (HttpRequestException error)
            {
                return Unreachable(server, error);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ServerReply.Unreachable($"the FlowBuilder server at {server} did not answer within {http.Timeout.TotalSeconds:0} s.");
            }
        }
    }

    public static ServerReply Unreachable(Uri server, HttpRequestException error) =>
        ServerReply.Unreachable($"cannot reach the FlowBuilder server at {server}: {error.Message}. Start one with `flowbuilder serve` or pass --server URL.");
}
