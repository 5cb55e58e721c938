namespace FlowBuilder.Server.Accounts.Authentication;

/// <summary>The authentication schemes: a policy scheme picks the API key when its header is present, else the session cookie.</summary>
internal static class AccountSchemes
{
    public const string Caller = "FlowBuilder";
    public const string Session = "Session";
    public const string ApiKey = "ApiKey";
    public const string CookieName = "fb_session";
    public const string ApiKeyHeader = "X-Api-Key";

    public static bool HasApiKey(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyHeader)
        || request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiKeyToken.Prefix, StringComparison.Ordinal);
}
