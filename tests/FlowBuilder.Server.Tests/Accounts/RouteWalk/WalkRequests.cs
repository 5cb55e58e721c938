namespace FlowBuilder.Server.Tests.Accounts.RouteWalk;

/// <summary>Sends a sample and returns status and body; every answer that breaks a rule becomes one line of the report.</summary>
internal sealed class WalkRequests(IReadOnlyDictionary<string, string> ids)
{
    public IReadOnlyDictionary<string, string> Ids => ids;

    public List<string> Failures { get; } = [];

    public async Task<(int Status, string Body)> SendAsync(WalkCaller caller, WalkEndpoint endpoint, bool missing = false)
    {
        var sample = Sample(endpoint);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), sample.Resolve(ids, missing)) { Content = sample.Content(ids, missing) };
        using var response = await caller.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        if (status >= 500) Fail(caller, endpoint, status, "no server error", body, missing);
        return (status, body);
    }

    public static WalkSample Sample(WalkEndpoint endpoint) =>
        WalkSamples.ByKey.TryGetValue(endpoint.Key, out var sample) ? sample : WalkSamples.SignedInOnly[endpoint.Key];

    public void Fail(WalkCaller caller, WalkEndpoint endpoint, int status, string expected, string body, bool missing = false)
    {
        var url = Sample(endpoint).Resolve(ids, missing);
        Failures.Add($"{caller.Name}: {endpoint.Method} {url} ({endpoint.Pattern}) answered {status}, expected {expected}: {Shorten(body)}");
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
