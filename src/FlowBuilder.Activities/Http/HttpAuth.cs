namespace FlowBuilder.Activities.Http;

/// <summary>How the HTTP Request activity proves who it is.</summary>
public enum HttpAuth
{
    None,

    /// <summary><c>Authorization: Basic</c> with the username and password.</summary>
    Basic,

    /// <summary><c>Authorization: Bearer</c> with the token.</summary>
    Bearer,

    /// <summary><c>X-FlowBuilder-Signature</c>: HMAC-SHA256 of the body with the shared secret (see WebhookSignature).</summary>
    Hmac,
}
