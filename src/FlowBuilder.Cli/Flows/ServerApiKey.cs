using System.Net.Http.Headers;

namespace FlowBuilder.Cli.Flows;

/// <summary>The API key commands send to the server: environment variable <c>FLOWBUILDER_API_KEY</c> (create one at /settings/api-keys).</summary>
internal static class ServerApiKey
{
    public const string EnvironmentVariable = "FLOWBUILDER_API_KEY";

    public static HttpClient Apply(HttpClient http)
    {
        var key = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(key)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        return http;
    }
}
