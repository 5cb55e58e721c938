namespace FlowBuilder.Activities.Http;

/// <summary>The outcomes of HTTP Request.</summary>
internal static class HttpOutcomes
{
    /// <summary>2xx or 3xx (redirects are not followed).</summary>
    public const string Success = "success";

    public const string ClientError = "client-error";
    public const string ServerError = "server-error";

    /// <summary>No answer within the timeout (after the retries allowed).</summary>
    public const string Timeout = "timeout";

    /// <summary>No answer at all: connection refused, DNS, TLS, or a body over the size limit.</summary>
    public const string Failed = "failed";

    public static string ForStatus(int status) => status switch
    {
        < 400 => Success,
        < 500 => ClientError,
        _ => ServerError,
    };
}
