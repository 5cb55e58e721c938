using System.Net.Http.Headers;

namespace FlowBuilder.Cli.Flows;

/// <summary>The API key the CLI sends to a server that requires sign-in: environment variable <c>FLOWBUILDER_API_KEY</c>
/// (a full key <c>fbk_…</c>, created at /settings/api-keys), sent as <c>Authorization: Bearer</c>. Unset: no header.</summary>
internal static class ServerApiKey
{
    public const string Variable = "FLOWBUILDER_API_KEY";

    public static HttpClient Authorize(HttpClient http) => Authorize(http, Environment.GetEnvironmentVariable(Variable));

    public static HttpClient Authorize(HttpClient http, string? key)
    {
        ArgumentNullException.ThrowIfNull(http);
        key = key?.Trim();
        if (!string.IsNullOrEmpty(key)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }
}
