namespace FlowBuilder.Testing;

/// <summary>API keys test servers are bootstrapped with (FlowBuilder:Accounts:Bootstrap:ApiKey), so test clients can sign their requests.</summary>
public static class TestApiKeys
{
    /// <summary>A system-administrator key of company "default".</summary>
    public const string SystemAdministrator = "fbk_testsysadmin_V2hhdCBhIHRlc3Qga2V5IGZvciBGbG93QnVpbGRlciBzZXJ2ZXJz";

    /// <summary>The configuration key that bootstraps it; as an environment variable: <see cref="EnvironmentVariable"/>.</summary>
    public const string Setting = "FlowBuilder:Accounts:Bootstrap:ApiKey";

    public const string EnvironmentVariable = "FlowBuilder__Accounts__Bootstrap__ApiKey";

    /// <summary>Makes <paramref name="client"/> send the system-administrator key.</summary>
    public static HttpClient Authorize(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", SystemAdministrator);
        return client;
    }
}
